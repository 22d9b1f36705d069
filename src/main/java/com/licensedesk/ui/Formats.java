package com.licensedesk.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates are shown, as the manual shows them (2021/03/31), and the time zone expiry dates are read in. */
public final class Formats {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** A date as the manual writes it; also what date pickers show and read. */
    public static final DateTimeFormatter DATE_PATTERN = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter DATE = DATE_PATTERN;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").withZone(JAPAN);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The day of a moment in Japan time. */
    public static String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, JAPAN));
    }

    /** A moment in Japan time, as mail states when something happened. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
