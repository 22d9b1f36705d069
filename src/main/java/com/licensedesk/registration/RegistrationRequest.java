package com.licensedesk.registration;

import java.util.Locale;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.SupportContact;
import com.licensedesk.licences.AgreementAcceptance;
import java.util.Optional;

/**
 * Everything the registration form collected. Without a different support contact, the support contact is the
 * company and the user.
 */
public record RegistrationRequest(
        ProductKey key,
        AgreementAcceptance agreement,
        String loginId,
        String password,
        CompanyProfile company,
        ContactPerson user,
        String purchaseSource,
        String emergencyEmail,
        Optional<SupportContact> differentSupportContact,
        Locale language) {

    public SupportContact supportContact() {
        return differentSupportContact.orElseGet(() -> new SupportContact(company, user));
    }

    @Override
    public String toString() {
        return "RegistrationRequest[key=" + key + ", loginId=" + loginId + "]";
    }
}
