package com.licensedesk.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the settings screen edits, as text the way it is typed and stored: read from and written to the properties
 * file in one place, so the two directions cannot drift apart.
 */
public record DeskSettings(String smtpHost, String smtpPort, String smtpUser, String smtpPassword,
                           Security security, String mailFrom, String vendorName, String idleMinutes,
                           String expiringDays, SharedDatabase database) {
    /** The ranges the whole-number settings take, on the settings screen and when a desk starts. */
    public static final int PORT_MOST = 65_535;
    public static final int IDLE_MINUTES_MOST = 240;
    public static final int EXPIRING_DAYS_MOST = 365;

    /** How the connection to the SMTP server is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    /** A shared PostgreSQL database for several desks; an empty URL keeps the embedded one. */
    public record SharedDatabase(String url, String user, String password, String secretKey) {
    }

    public static DeskSettings from(Properties stored) {
        Security security = Boolean.parseBoolean(stored.getProperty("licensedesk.smtp.ssl")) ? Security.SSL
                : Boolean.parseBoolean(stored.getProperty("licensedesk.smtp.starttls")) ? Security.STARTTLS
                : Security.NONE;
        return new DeskSettings(stored.getProperty("licensedesk.smtp.host", ""),
                stored.getProperty("licensedesk.smtp.port", "25"),
                stored.getProperty("licensedesk.smtp.user", ""),
                stored.getProperty("licensedesk.smtp.password", ""),
                security,
                stored.getProperty("licensedesk.mail.from", ""),
                stored.getProperty("licensedesk.vendor.name", "License Desk"),
                stored.getProperty("licensedesk.session.idle-minutes", "30"),
                stored.getProperty("licensedesk.licences.expiring-days", "30"),
                new SharedDatabase(stored.getProperty("licensedesk.db.url", ""),
                        stored.getProperty("licensedesk.db.user", ""),
                        stored.getProperty("licensedesk.db.password", ""),
                        stored.getProperty("licensedesk.secret-key", "")));
    }

    public Map<String, String> toProperties() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("licensedesk.smtp.host", smtpHost);
        values.put("licensedesk.smtp.port", smtpPort);
        values.put("licensedesk.smtp.user", smtpUser);
        values.put("licensedesk.smtp.password", smtpPassword);
        values.put("licensedesk.smtp.starttls", String.valueOf(security == Security.STARTTLS));
        values.put("licensedesk.smtp.ssl", String.valueOf(security == Security.SSL));
        values.put("licensedesk.mail.from", mailFrom);
        values.put("licensedesk.vendor.name", vendorName);
        values.put("licensedesk.session.idle-minutes", idleMinutes);
        values.put("licensedesk.licences.expiring-days", expiringDays);
        values.put("licensedesk.db.url", database.url());
        values.put("licensedesk.db.user", database.user());
        values.put("licensedesk.db.password", database.password());
        values.put("licensedesk.secret-key", database.secretKey());
        return values;
    }
}
