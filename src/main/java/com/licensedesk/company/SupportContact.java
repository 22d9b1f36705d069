package com.licensedesk.company;

import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.FieldChanges;

/** The support contact (サポート窓口): a company and a person; licence mail goes to the person's address. */
public record SupportContact(CompanyProfile company, ContactPerson person) {

    /** The form's rules for the support contact's fields, under their ids ({@code supportCompanyName}, …). */
    public InvalidInput.Check checkInto(InvalidInput.Check check) {
        company.checkInto(check, "support");
        return person.checkInto(check, "support");
    }

    /** The fields that differ from {@code after}: the company's, then the person's (their names do not overlap). */
    public FieldChanges changesTo(SupportContact after) {
        return new FieldChanges().include(company.changesTo(after.company)).include(person.changesTo(after.person));
    }
}
