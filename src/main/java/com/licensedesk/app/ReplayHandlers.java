package com.licensedesk.app;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.auth.CredentialCommands;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.change.Handlers;
import com.licensedesk.company.CompanyCommands;
import com.licensedesk.company.CompanyInfoService;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.AddKeys;
import com.licensedesk.registration.RegisterCustomer;
import com.licensedesk.registration.RegistrationService;

/**
 * The handlers home replays a kiosk's entries through: every journalled command a customer makes at a kiosk. Not
 * here: the desk's own commands (a kiosk has no operator). Two-factor sign-in switched on or off at a kiosk replays
 * through a handler that first checks home's state, then runs the desk's.
 */
public final class ReplayHandlers {
    private ReplayHandlers() {
    }

    public static Handlers of(RegistrationService registration, AddKeyService addKey, CompanyInfoService companyInfo,
                              UserInfoService userInfo, PasswordChangeService passwordChange,
                              TwoFactorService twoFactor) {
        return new Handlers()
                .with(RegisterCustomer.class, registration::register)
                .with(AddKeys.class, addKey::addKeys)
                .with(CompanyCommands.SaveContractor.class, companyInfo::saveContractor)
                .with(CompanyCommands.SaveSupportContact.class, companyInfo::saveSupportContact)
                .with(UserInfoService.SaveUserInfo.class, userInfo::save)
                .with(CredentialCommands.ChangePassword.class, passwordChange::change)
                .with(CredentialCommands.EnableTwoFactorAtKiosk.class, twoFactor::enableFromKiosk)
                .with(CredentialCommands.DisableTwoFactor.class, twoFactor::disableFromKiosk);
    }
}
