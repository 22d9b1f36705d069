package com.licensedesk.registration;

import java.util.Locale;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.EmergencyContact;
import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.Text;
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

    /** 購入先情報's 会社名. */
    public static final FieldSpec PURCHASE_SOURCE = FieldSpec.required("resellerName", String::strip,
            Text.maxLength(100));

    /**
     * Refuses a request whose fields break the rules the form has ({@link InvalidInput}): a request that came from
     * somewhere other than the form (the command line, a kiosk's journal) is held to them too.
     */
    public void refuseIfInvalid() {
        InvalidInput.Check check = new InvalidInput.Check().field(LoginId.FIELD, loginId)
                .field(PasswordPolicy.FIELD, password);
        checkDetailsInto(check, company, user, purchaseSource, emergencyEmail, differentSupportContact).refuseIfAny();
    }

    /** The command that registers this request, with the password's {@code passwordHash} in place of the password. */
    public RegisterCustomer command(String passwordHash) {
        return new RegisterCustomer(key, agreement, loginId, passwordHash, company, user, purchaseSource,
                emergencyEmail, differentSupportContact, language);
    }

    /** The form's rules for every field after the login ID and the password, in the form's order. */
    static InvalidInput.Check checkDetailsInto(InvalidInput.Check check, CompanyProfile company, ContactPerson user,
                                               String purchaseSource, String emergencyEmail,
                                               Optional<SupportContact> differentSupportContact) {
        company.checkInto(check, "");
        user.checkInto(check, "");
        check.field(PURCHASE_SOURCE, purchaseSource).field(EmergencyContact.EMAIL, emergencyEmail);
        differentSupportContact.ifPresent(support -> support.checkInto(check));
        return check;
    }

    @Override
    public String toString() {
        return "RegistrationRequest[key=" + key + ", loginId=" + loginId + "]";
    }
}
