package com.licensedesk.app;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.change.Command;
import com.licensedesk.change.CommandJson;
import com.licensedesk.company.CompanyCommands;
import com.licensedesk.licences.AddKeys;
import com.licensedesk.registration.RegisterCustomer;
import java.util.List;

/**
 * Every command type there is, under the names the journal writes: a new command is added here, and
 * {@code CommandsTest} then checks that it survives its journal form.
 */
public final class Commands {
    public static final List<Class<? extends Command>> TYPES = List.of(
            CompanyCommands.SaveContractor.class,
            CompanyCommands.SaveSupportContact.class,
            CompanyCommands.ExcludeFromReminders.class,
            UserInfoService.SaveUserInfo.class,
            RegisterCustomer.class,
            AddKeys.class);

    private Commands() {
    }

    public static CommandJson json() {
        return new CommandJson(TYPES);
    }
}
