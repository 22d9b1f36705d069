package com.licensedesk.company;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.domain.PhoneNumber;
import java.util.Optional;

/** A person to reach: the account's user (担当者) or the support contact's person. Optional texts are empty strings. */
public record ContactPerson(
        String name,
        String nameKana,
        String department,
        PhoneNumber phone,
        Optional<PhoneNumber> fax,
        String email) {

    /** The fields that differ from {@code after}; a phone or fax number counts as one field. */
    public FieldChanges changesTo(ContactPerson after) {
        return new FieldChanges()
                .compare("email", email, after.email)
                .compare("name", name, after.name)
                .compare("nameKana", nameKana, after.nameKana)
                .compare("department", department, after.department)
                .compare("phone", phone, after.phone)
                .compare("fax", fax.map(Object::toString).orElse(""), after.fax.map(Object::toString).orElse(""));
    }
}
