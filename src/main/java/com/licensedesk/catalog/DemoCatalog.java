package com.licensedesk.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The keys a new, empty database starts with, so that the manual's procedures can be tried at once. Expiry dates are
 * relative to the day the database is created, so that each status (valid, expiring soon, expired) is there to see.
 * The products are made up, and named in Latin letters only, as vendors name their products: the same names read
 * right on Japanese and English screens and in mails of either language (the licence type is said in the screen's
 * language beside them).
 */
public final class DemoCatalog {
    /** A full-version registration key for 10 seats, valid for a year: the key the README walks through. */
    public static final String REGISTRATION_KEY = "LD-7KQ2-M9XP-4RTW-H3CN";
    /** A full-version activation code, valid for two years. */
    public static final String ACTIVATION_CODE = "LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D";
    /** Expires 14 days after the database was made: shown as "expiring soon". */
    public static final String EXPIRING_SOON_KEY = "LD-5TRN-8HWQ-2KXM-7PCZ";
    /** Expired 30 days before the database was made. */
    public static final String EXPIRED_KEY = "LD-9MWD-3QTX-6HKR-2NPF";
    /** A 60-day trial. */
    public static final String TRIAL_CODE = "LD-4TRL-Z8K2M-Q6W9X-H3P7R-N5C2V-7BT4K";

    private DemoCatalog() {
    }

    public static List<CatalogEntry> entries(LocalDate today) {
        return List.of(
                entry(REGISTRATION_KEY, "Hoshizora Endpoint Guard", "Hoshizora Endpoint Guard Advanced for Business",
                        10, today.plusYears(1), LicenseType.FULL, "https://console.hoshizora.example/"),
                entry(ACTIVATION_CODE, "Kasumi Cloud Mail Protect",
                        "Kasumi Cloud Mail Protect ATP for Cloud Mail and Storage",
                        1, today.plusYears(2), LicenseType.FULL, "https://mail-console.kasumi.example/"),
                entry(EXPIRING_SOON_KEY, "Tsubasa Server Defense", "Tsubasa Server Defense Standard",
                        5, today.plusDays(14), LicenseType.FULL, "https://console.tsubasa.example/"),
                entry(EXPIRED_KEY, "Hotaru Web Gateway", "", 25, today.minusDays(30), LicenseType.FULL, ""),
                entry(TRIAL_CODE, "Shizuku Mobile Security", "Shizuku Mobile Security Trial",
                        3, today.plusDays(60), LicenseType.TRIAL, "https://console.shizuku.example/"),
                entry("LD-8WZC-5NQH-3TMK-9RDX", "Hoshizora Endpoint Guard", "Hoshizora Endpoint Guard Standard",
                        50, today.plusYears(1), LicenseType.FULL, "https://console.hoshizora.example/"),
                entry("LD-3HXP-7MKQ2-W5RT9-C8NZF-2JVB6-4DYT3", "Kasumi Cloud Mail Protect",
                        "Kasumi Cloud Mail Protect for Cloud Mail",
                        100, today.plusYears(1), LicenseType.FULL, "https://mail-console.kasumi.example/"),
                entry("LD-6PQR-2WXT-8KMH-5CNZ", "Tsubasa Server Defense", "Tsubasa Server Defense Enterprise",
                        20, today.plusYears(3), LicenseType.FULL, "https://console.tsubasa.example/"));
    }

    private static CatalogEntry entry(String key, String product, String packageName, int seats, LocalDate expires,
                                      LicenseType type, String consoleUrl) {
        return new CatalogEntry(ProductKey.parse(key).orElseThrow(), product,
                Optional.of(packageName).filter(p -> !p.isEmpty()), seats, expires, type,
                Optional.of(consoleUrl).filter(u -> !u.isEmpty()));
    }
}
