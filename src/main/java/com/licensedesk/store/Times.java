package com.licensedesk.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Timestamps are stored as UTC date-times, written through jOOQ, or by the catalogue import's JDBC batch in the text
 * form jOOQ writes into SQLite ({@link #sqliteText}).
 */
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

    private static final java.time.format.DateTimeFormatter SQLITE_TEXT =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");

    /** A UTC date-time as jOOQ writes it into SQLite's text column, for statements bound on JDBC directly. */
    static String sqliteText(LocalDateTime utc) {
        return SQLITE_TEXT.format(utc);
    }
}
