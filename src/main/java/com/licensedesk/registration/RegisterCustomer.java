package com.licensedesk.registration;

import com.licensedesk.auth.LoginId;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.Command;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.SupportContact;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.licences.AgreementAcceptance;
import java.util.Locale;
import java.util.Optional;

/**
 * A first-time registration as a command: everything of the {@link RegistrationRequest} but the password, of which
 * it holds the hash (made before the transaction).
 */
public record RegisterCustomer(
        ProductKey key,
        AgreementAcceptance agreement,
        String loginId,
        String passwordHash,
        CompanyProfile company,
        ContactPerson user,
        String purchaseSource,
        String emergencyEmail,
        Optional<SupportContact> differentSupportContact,
        Locale language) implements Command {

    /**
     * Refuses a command whose fields break the form's rules ({@link InvalidInput}), the password's aside: only its
     * hash is here. A command replayed from a kiosk's journal is held to them too.
     */
    public void refuseIfInvalid() {
        RegistrationRequest.checkDetailsInto(new InvalidInput.Check().field(LoginId.FIELD, loginId), company, user,
                purchaseSource, emergencyEmail, differentSupportContact).refuseIfAny();
    }

    /** The same registration under another login ID: home's way out when the kiosk's was taken meanwhile. */
    public RegisterCustomer withLoginId(String otherLoginId) {
        return new RegisterCustomer(key, agreement, otherLoginId, passwordHash, company, user, purchaseSource,
                emergencyEmail, differentSupportContact, language);
    }

    public SupportContact supportContact() {
        return differentSupportContact.orElseGet(() -> new SupportContact(company, user));
    }

    @Override
    public String toString() {
        return "RegisterCustomer[key=" + key + ", loginId=" + loginId + "]";
    }
}
