package com.licensedesk.settings;

import com.licensedesk.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting, named once: its key (the system property and the line of {@code license-desk.properties}), the
 * environment variable made from it, its default as the file would hold it, and the rule a given value must keep.
 * Three defaults depend on the machine and are made by {@link Settings}: the data folder (the platform's), the
 * database (the embedded one in that folder) and the desk's name (the host name).
 *
 * <p>The start check reads them in this order and names the first bad one, so the checked ones come first.
 */
public enum Setting {
    HOME("licensedesk.home", Rule.FOLDER, null, Given.NOT_IN_THE_FILE),
    SMTP_PORT("licensedesk.smtp.port", new Rule.WholeNumber(1, 65_535), "25"),
    IDLE_MINUTES("licensedesk.session.idle-minutes", new Rule.WholeNumber(1, 240), "30"),
    /** The "expiring soon" window. */
    EXPIRING_DAYS("licensedesk.licences.expiring-days", new Rule.WholeNumber(1, 365), "30"),
    /** A mail still unsent after this long is marked failed. */
    MAIL_GIVE_UP_HOURS("licensedesk.mail.give-up-hours", new Rule.WholeNumber(1, 24 * 30), "72"),
    SENT_MAIL_DAYS("licensedesk.retention.sent-mail-days", new Rule.WholeNumber(1, 3_650), "90"),
    SIGN_IN_DAYS("licensedesk.retention.sign-in-days", new Rule.WholeNumber(1, 3_650), "90"),
    /** The renewal reminders' thresholds, days before expiry; {@code off} for none. */
    REMINDER_DAYS("licensedesk.reminders.days", new Rule.Days(true), "90,30,7"),
    /** 期限管理's windows. */
    EXPIRY_WINDOWS("licensedesk.expiry.windows", new Rule.Days(false), "30,60,90"),
    /** Kiosk mode: full screen, no leaving without the settings PIN. */
    KIOSK("licensedesk.kiosk", Rule.SWITCH, "false"),
    /**
     * The folder kiosk bundles and home's replies travel through (a USB stick, a share): a kiosk writes its bundles
     * there and reads its replies there; a desk reads bundles there and leaves its replies. None: chosen each time.
     */
    SYNC_FOLDER("licensedesk.sync.folder", Rule.TEXT, null),
    /** A new, empty embedded database gets the demo key catalogue. */
    DEMO("licensedesk.demo", Rule.SWITCH, "true"),
    /** Offers ログインIDを記憶する on a machine one customer uses; a shared desk shows each person an empty field. */
    REMEMBER_LOGIN_ID("licensedesk.login.remember", Rule.SWITCH, "false"),
    /** False for desks whose database user may not change the schema. */
    DB_MIGRATE("licensedesk.db.migrate", Rule.SWITCH, "true"),
    SMTP_STARTTLS("licensedesk.smtp.starttls", Rule.SWITCH, "false"),
    SMTP_SSL("licensedesk.smtp.ssl", Rule.SWITCH, "false"),
    LOCALE("licensedesk.locale", Rule.LANGUAGE, "ja"),
    DB_URL("licensedesk.db.url", Rule.DATABASE_URL, null),
    DB_USER("licensedesk.db.user", Rule.TEXT, null),
    DB_PASSWORD("licensedesk.db.password", Rule.TEXT, null),
    /** The Base64 of 32 bytes that seals two-factor secrets; else {@code secrets.key} in the data folder. */
    SECRET_KEY("licensedesk.secret-key", Rule.TEXT, null),
    /** For the reset request limit per desk, the audit log and the status bar. */
    DESK_NAME("licensedesk.desk.name", Rule.TEXT, null),
    /** None: mail waits in the outbox. */
    SMTP_HOST("licensedesk.smtp.host", Rule.TEXT, null),
    SMTP_USER("licensedesk.smtp.user", Rule.TEXT, null),
    SMTP_PASSWORD("licensedesk.smtp.password", Rule.TEXT, null),
    MAIL_FROM("licensedesk.mail.from", Rule.TEXT, "License Desk <no-reply@localhost>"),
    VENDOR_NAME("licensedesk.vendor.name", Rule.TEXT, "License Desk"),
    /** ヘルプ > お問い合わせ: the support desk's phone number, opening hours and web form, each optional. */
    HELP_PHONE("licensedesk.help.phone", Rule.TEXT, null),
    HELP_HOURS("licensedesk.help.hours", Rule.TEXT, null),
    HELP_WEB("licensedesk.help.web", Rule.TEXT, null),
    /** The settings PIN as an Argon2id hash, kept by the settings screen. */
    PIN_HASH("licensedesk.settings.pin-hash", Rule.TEXT, null, Given.ONLY_IN_THE_FILE),
    /** Wrong PINs in a row, and until when they lock the PIN: in the file, so a restart does not forget them. */
    PIN_FAILURES("licensedesk.settings.pin-failures", Rule.TEXT, null, Given.ONLY_IN_THE_FILE),
    PIN_LOCKED_UNTIL("licensedesk.settings.pin-locked-until", Rule.TEXT, null, Given.ONLY_IN_THE_FILE);

    /** Where a setting may be given. */
    enum Given {
        /** System property, environment, properties file. */
        ANYWHERE,
        /** The data folder decides where the file is, so it cannot come from the file. */
        NOT_IN_THE_FILE,
        /** What the settings screen keeps in the file for itself. */
        ONLY_IN_THE_FILE
    }

    private final String key;
    private final Rule rule;
    private final String defaultText;
    private final Given given;

    Setting(String key, Rule rule, String defaultText) {
        this(key, rule, defaultText, Given.ANYWHERE);
    }

    Setting(String key, Rule rule, String defaultText, Given given) {
        this.key = key;
        this.rule = rule;
        this.defaultText = defaultText;
        this.given = given;
    }

    /** The system property, and the name in the properties file. */
    public String key() {
        return key;
    }

    /** {@code licensedesk.smtp.host} is {@code LICENSEDESK_SMTP_HOST}; dashes become underscores too. */
    public String environmentName() {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The default as the properties file would hold it; empty where there is none or {@link Settings} makes it. */
    public Optional<String> defaultText() {
        return Optional.ofNullable(defaultText);
    }

    public Rule rule() {
        return rule;
    }

    /** The range of a whole-number setting, for the settings screen's fields. */
    public Rule.WholeNumber range() {
        if (rule instanceof Rule.WholeNumber range) {
            return range;
        }
        throw new IllegalStateException(key + " is no whole number");
    }

    Given given() {
        return given;
    }

    /**
     * What a given value (stripped, not empty) must be, and the one line that names the setting and the rule when it
     * is not.
     */
    public sealed interface Rule {
        Rule TEXT = new Text();
        Rule FOLDER = new Folder();
        Rule SWITCH = new Switch();
        Rule LANGUAGE = new Language(Set.of("ja", "en"));
        Rule DATABASE_URL = new DatabaseUrl();

        boolean accepts(String value);

        /** The start-failure line for a value this rule does not accept. */
        String refusal(Setting setting, String value, Messages messages);

        /** Any text. */
        record Text() implements Rule {
            @Override
            public boolean accepts(String value) {
                return true;
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                throw new IllegalStateException("Any text is accepted");
            }
        }

        /** A folder, or nothing yet by that name. */
        record Folder() implements Rule {
            @Override
            public boolean accepts(String value) {
                Path folder = Path.of(value);
                return !Files.exists(folder) || Files.isDirectory(folder);
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                return messages.get("config.home.notFolder", setting.key(), value);
            }
        }

        /** A whole number from {@code least} to {@code most}, written in digits only. */
        record WholeNumber(int least, int most) implements Rule {
            @Override
            public boolean accepts(String value) {
                if (!value.matches("\\d{1,9}")) {
                    return false;
                }
                int number = Integer.parseInt(value);
                return number >= least && number <= most;
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                return messages.get("config.wholeNumber", setting.key(), value, String.valueOf(least),
                        String.valueOf(most));
            }
        }

        /** Days from 1 to 3650, separated by commas ({@code 90,30,7}); {@code off} for none where it may be off. */
        record Days(boolean mayBeOff) implements Rule {
            private static final WholeNumber DAY = new WholeNumber(1, 3_650);

            @Override
            public boolean accepts(String value) {
                return mayBeOff && value.equalsIgnoreCase("off")
                        || Arrays.stream(value.split(",", -1)).map(String::strip).allMatch(DAY::accepts);
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                return messages.get(mayBeOff ? "config.reminderDays" : "config.dayList", setting.key(), value);
            }
        }

        /** {@code true} or {@code false}, in any case. */
        record Switch() implements Rule {
            @Override
            public boolean accepts(String value) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                return messages.get("config.switch", setting.key(), value);
            }
        }

        /** One of the languages the screens are written in. */
        record Language(Set<String> languages) implements Rule {
            @Override
            public boolean accepts(String value) {
                return languages.contains(value);
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                return messages.get("config.locale", setting.key(), value);
            }
        }

        /** The embedded SQLite database or a PostgreSQL server. */
        record DatabaseUrl() implements Rule {
            @Override
            public boolean accepts(String value) {
                return value.startsWith("jdbc:sqlite:") || value.startsWith("jdbc:postgresql:");
            }

            @Override
            public String refusal(Setting setting, String value, Messages messages) {
                return messages.get("config.databaseUrl", setting.key(), value);
            }
        }
    }
}
