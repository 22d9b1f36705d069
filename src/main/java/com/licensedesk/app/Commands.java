package com.licensedesk.app;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.auth.CredentialCommands;
import com.licensedesk.auth.SignInCommands;
import com.licensedesk.change.Command;
import com.licensedesk.change.CommandJson;
import com.licensedesk.cli.MaintenanceCommands;
import com.licensedesk.catalog.CatalogImporter;
import com.licensedesk.company.CompanyCommands;
import com.licensedesk.licences.AddKeys;
import com.licensedesk.registration.RegisterCustomer;
import com.licensedesk.desk.OutboxAdministration;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.kiosks.KioskCommands;
import com.licensedesk.operators.OperatorCommands;
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
            AddKeys.class,
            OperatorCommands.CreateFirstAdmin.class,
            OperatorCommands.AddOperator.class,
            OperatorCommands.DeactivateOperator.class,
            OperatorCommands.ResetOperatorPassword.class,
            OperatorCommands.EnableOperatorTwoFactor.class,
            OperatorCommands.DisableOperatorTwoFactor.class,
            OperatorCommands.StaffSignedIn.class,
            OperatorCommands.StaffSignInFailed.class,
            CatalogImporter.RecordCatalogImport.class,
            RenewalReminders.SendReminders.class,
            OutboxAdministration.ResendMail.class,
            OutboxAdministration.CancelMail.class,
            MaintenanceCommands.PruneAuditLog.class,
            MaintenanceCommands.RecordRestore.class,
            CredentialCommands.ChangePassword.class,
            CredentialCommands.IssueTemporaryPassword.class,
            CredentialCommands.EnableTwoFactor.class,
            CredentialCommands.EnableTwoFactorAtKiosk.class,
            CredentialCommands.DisableTwoFactor.class,
            CredentialCommands.ResetTwoFactorAtDesk.class,
            CredentialCommands.RequestReset.class,
            CredentialCommands.SendResetCode.class,
            CredentialCommands.ResetPassword.class,
            SignInCommands.SignInEvent.class,
            SignInCommands.SignInSucceeded.class,
            SignInCommands.FailedTry.class,
            KioskCommands.EnrolKiosk.class,
            KioskCommands.RevokeKiosk.class,
            KioskCommands.JoinHome.class);

    private Commands() {
    }

    public static CommandJson json() {
        return new CommandJson(TYPES);
    }
}
