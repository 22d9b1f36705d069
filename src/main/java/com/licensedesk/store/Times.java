package com.licensedesk.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Timestamps are stored as UTC date-times, written through jOOQ only. */
final class Times {
    private Times() {
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** Optional texts are empty strings in the features and NULL in the database. */
    static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String emptyIfNull(String text) {
        return text == null ? "" : text;
    }
}
