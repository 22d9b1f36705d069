package com.licensedesk.company;

import com.licensedesk.ui.validation.PhoneNumber;
import java.util.Optional;

/** A person to reach: the account's user (担当者) or the support contact's person. Optional texts are empty strings. */
public record ContactPerson(
        String name,
        String nameKana,
        String department,
        PhoneNumber phone,
        Optional<PhoneNumber> fax,
        String email) {
}
