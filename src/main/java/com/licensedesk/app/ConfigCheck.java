package com.licensedesk.app;

import com.licensedesk.i18n.Messages;
import com.licensedesk.settings.DeskSettings;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting checked before anything starts: the first problem as one line that names the setting and its rule,
 * for the start-failure dialog and the command line. A value the application would trip over later (a port that is
 * no number, idle minutes of 0.5) stops it here instead.
 */
final class ConfigCheck {
    /** Whole-number settings and their ranges. */
    private record Range(String property, int least, int most) {
    }

    private static final List<Range> RANGES = List.of(
            new Range("licensedesk.smtp.port", 1, DeskSettings.PORT_MOST),
            new Range("licensedesk.session.idle-minutes", 1, DeskSettings.IDLE_MINUTES_MOST),
            new Range("licensedesk.licences.expiring-days", 1, DeskSettings.EXPIRING_DAYS_MOST),
            new Range("licensedesk.mail.give-up-hours", 1, 24 * 30),
            new Range(Retention.SENT_MAIL_DAYS, 1, 3_650),
            new Range(Retention.SIGN_IN_DAYS, 1, 3_650));
    /** Offers ログインIDを記憶する on a machine one customer uses; a shared desk shows each person an empty field. */
    static final String REMEMBER_LOGIN_ID = "licensedesk.login.remember";
    private static final List<String> SWITCHES = List.of("licensedesk.kiosk", "licensedesk.demo", REMEMBER_LOGIN_ID, "licensedesk.db.migrate",
            "licensedesk.smtp.starttls", "licensedesk.smtp.ssl");
    static final String REMINDER_DAYS = "licensedesk.reminders.days";
    static final String EXPIRY_WINDOWS = "licensedesk.expiry.windows";
    /** Lists of days: renewal reminders (may be off) and the expiry dashboard's windows. */
    private static final List<String> DAY_LISTS = List.of(REMINDER_DAYS, EXPIRY_WINDOWS);
    private static final Set<String> LANGUAGES = Set.of("ja", "en");

    private ConfigCheck() {
    }

    static Optional<String> problem(Config config, Messages messages) {
        if (Files.exists(config.home()) && !Files.isDirectory(config.home())) {
            return Optional.of(messages.get("config.home.notFolder", "licensedesk.home", config.home()));
        }
        for (Range range : RANGES) {
            Optional<String> value = config.get(range.property());
            if (value.isPresent() && !inRange(value.get(), range)) {
                return Optional.of(messages.get("config.wholeNumber", range.property(), value.get(),
                        String.valueOf(range.least()), String.valueOf(range.most())));
            }
        }
        for (String property : DAY_LISTS) {
            Optional<String> value = config.get(property);
            boolean off = property.equals(REMINDER_DAYS) && value.filter("off"::equalsIgnoreCase).isPresent();
            if (value.isPresent() && !off && !java.util.Arrays.stream(value.get().split(",", -1)).map(String::strip)
                    .allMatch(day -> inRange(day, new Range(property, 1, 3_650)))) {
                return Optional.of(messages.get(property.equals(REMINDER_DAYS) ? "config.reminderDays"
                        : "config.dayList", property, value.get()));
            }
        }
        for (String property : SWITCHES) {
            Optional<String> value = config.get(property);
            if (value.isPresent() && !value.get().equalsIgnoreCase("true") && !value.get().equalsIgnoreCase("false")) {
                return Optional.of(messages.get("config.switch", property, value.get()));
            }
        }
        Optional<String> language = config.get("licensedesk.locale");
        if (language.isPresent() && !LANGUAGES.contains(language.get())) {
            return Optional.of(messages.get("config.locale", "licensedesk.locale", language.get()));
        }
        Optional<String> url = config.get("licensedesk.db.url");
        if (url.isPresent() && !url.get().startsWith("jdbc:sqlite:") && !url.get().startsWith("jdbc:postgresql:")) {
            return Optional.of(messages.get("config.databaseUrl", "licensedesk.db.url", url.get()));
        }
        return Optional.empty();
    }

    private static boolean inRange(String value, Range range) {
        if (!value.matches("\\d{1,9}")) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= range.least() && number <= range.most();
    }
}
