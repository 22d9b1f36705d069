package com.licensedesk.licences;

import java.time.LocalDate;
import java.util.Optional;

/** One row of the products table, in the words the screen shows. */
public record LicenceRow(
        String product,
        String key,
        int seats,
        String licenseType,
        LocalDate expires,
        String expiresText,
        LicenceStatus status,
        String statusText,
        Optional<String> consoleUrl) {
}
