package com.licensedesk.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What one product key stands for, as the vendor's catalogue says. */
public record CatalogEntry(
        ProductKey key,
        String product,
        Optional<String> packageName,
        int seats,
        LocalDate expires,
        LicenseType licenseType,
        Optional<String> consoleUrl) {

    public CatalogEntry {
        Objects.requireNonNull(key);
        Objects.requireNonNull(product);
        Objects.requireNonNull(packageName);
        Objects.requireNonNull(expires);
        Objects.requireNonNull(licenseType);
        Objects.requireNonNull(consoleUrl);
    }
}
