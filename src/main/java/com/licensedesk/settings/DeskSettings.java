package com.licensedesk.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the settings screen edits, as text the way it is typed and stored: read from and written to the properties
 * file in one place, so the two directions cannot drift apart.
 */
public record DeskSettings(String smtpHost, String smtpPort, String smtpUser, String smtpPassword,
                           Security security, String mailFrom, String vendorName, String idleMinutes,
                           String expiringDays, SharedDatabase database, String syncFolder) {
    /** How the connection to the SMTP server is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    /** A shared PostgreSQL database for several desks; an empty URL keeps the embedded one. */
    public record SharedDatabase(String url, String user, String password, String secretKey) {
    }

    public static DeskSettings from(Properties stored) {
        Security security = Boolean.parseBoolean(stored.getProperty(Setting.SMTP_SSL.key())) ? Security.SSL
                : Boolean.parseBoolean(stored.getProperty(Setting.SMTP_STARTTLS.key())) ? Security.STARTTLS
                : Security.NONE;
        // An empty sender field sends as the default sender.
        return new DeskSettings(stored(stored, Setting.SMTP_HOST),
                storedOrDefault(stored, Setting.SMTP_PORT),
                stored(stored, Setting.SMTP_USER),
                stored(stored, Setting.SMTP_PASSWORD),
                security,
                stored(stored, Setting.MAIL_FROM),
                storedOrDefault(stored, Setting.VENDOR_NAME),
                storedOrDefault(stored, Setting.IDLE_MINUTES),
                storedOrDefault(stored, Setting.EXPIRING_DAYS),
                new SharedDatabase(stored(stored, Setting.DB_URL),
                        stored(stored, Setting.DB_USER),
                        stored(stored, Setting.DB_PASSWORD),
                        stored(stored, Setting.SECRET_KEY)),
                stored(stored, Setting.SYNC_FOLDER));
    }

    /** Each setting the screen edits, as {@link SettingsFile#save} takes them: an empty one is removed. */
    public Map<Setting, String> values() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        values.put(Setting.SMTP_HOST, smtpHost);
        values.put(Setting.SMTP_PORT, smtpPort);
        values.put(Setting.SMTP_USER, smtpUser);
        values.put(Setting.SMTP_PASSWORD, smtpPassword);
        values.put(Setting.SMTP_STARTTLS, String.valueOf(security == Security.STARTTLS));
        values.put(Setting.SMTP_SSL, String.valueOf(security == Security.SSL));
        values.put(Setting.MAIL_FROM, mailFrom);
        values.put(Setting.VENDOR_NAME, vendorName);
        values.put(Setting.IDLE_MINUTES, idleMinutes);
        values.put(Setting.EXPIRING_DAYS, expiringDays);
        values.put(Setting.DB_URL, database.url());
        values.put(Setting.DB_USER, database.user());
        values.put(Setting.DB_PASSWORD, database.password());
        values.put(Setting.SECRET_KEY, database.secretKey());
        values.put(Setting.SYNC_FOLDER, syncFolder);
        return values;
    }

    private static String stored(Properties stored, Setting setting) {
        return stored.getProperty(setting.key(), "");
    }

    private static String storedOrDefault(Properties stored, Setting setting) {
        return stored.getProperty(setting.key(), setting.defaultText().orElse(""));
    }
}
