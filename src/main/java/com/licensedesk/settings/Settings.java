package com.licensedesk.settings;

import com.licensedesk.i18n.Messages;
import com.licensedesk.mail.SmtpSettings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The settings of this start, read once, each from the first of: Java system property, environment variable,
 * {@code license-desk.properties} in the data folder, the default in {@link Setting}. {@link #problem} checks them
 * before anything starts; the accessors then give each one typed.
 */
public final class Settings {
    public static final String PROPERTIES_FILE = "license-desk.properties";

    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Path home;
    /** What was given, stripped, empty values left out; the data folder always. */
    private final Map<Setting, String> given;

    private Settings(Function<String, String> systemProperties, Map<String, String> environment, Path defaultHome) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.home = lookup(Setting.HOME, new Properties()).map(Path::of).orElse(defaultHome);
        Properties file = readProperties(home.resolve(PROPERTIES_FILE));
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            if (setting.given() == Setting.Given.ANYWHERE) {
                lookup(setting, file).ifPresent(value -> values.put(setting, value));
            }
        }
        values.put(Setting.HOME, home.toString());
        this.given = Collections.unmodifiableMap(values);
    }

    public static Settings fromSystem() {
        return new Settings(System::getProperty, System.getenv(), platformDataDirectory());
    }

    /** Settings from these system properties and environment, by their names, and the file in the data folder. */
    public static Settings of(Map<String, String> systemProperties, Map<String, String> environment,
                              Path defaultHome) {
        return new Settings(systemProperties::get, environment, defaultHome);
    }

    /** The same settings with one of them set as a system property would: for switching the language. */
    public Settings with(Setting setting, String value) {
        Function<String, String> base = systemProperties;
        return new Settings(key -> key.equals(setting.key()) ? value : base.apply(key), environment, home);
    }

    /** The same lookups with the properties file read again: after the settings screen saved it. */
    public Settings reload() {
        return new Settings(systemProperties, environment, home);
    }

    /**
     * The first bad value, in the order of {@link Setting}, as one line that names the setting and its rule: for the
     * start-failure dialog and the command line. A value the application would trip over later (a port that is no
     * number, idle minutes of 0.5) stops it here instead.
     */
    public Optional<String> problem(Messages messages) {
        for (Map.Entry<Setting, String> value : given.entrySet()) {
            Setting.Rule rule = value.getKey().rule();
            if (!rule.accepts(value.getValue())) {
                return Optional.of(rule.refusal(value.getKey(), value.getValue(), messages));
            }
        }
        return Optional.empty();
    }

    /** The data folder. */
    public Path home() {
        return home;
    }

    /** {@code license-desk.properties} in the data folder, as the settings screen writes it. */
    public Path propertiesFile() {
        return home.resolve(PROPERTIES_FILE);
    }

    /** Where kiosk bundles and replies travel through, when one is set. */
    public Optional<Path> syncFolder() {
        return given(Setting.SYNC_FOLDER).map(Path::of);
    }

    public boolean kiosk() {
        return isOn(Setting.KIOSK);
    }

    public boolean demo() {
        return isOn(Setting.DEMO);
    }

    public boolean rememberLoginId() {
        return isOn(Setting.REMEMBER_LOGIN_ID);
    }

    public Locale locale() {
        return Locale.forLanguageTag(text(Setting.LOCALE));
    }

    public String vendorName() {
        return text(Setting.VENDOR_NAME);
    }

    /** By default the embedded database in the data folder. */
    public String databaseUrl() {
        return given(Setting.DB_URL).orElse("jdbc:sqlite:" + home.resolve("license-desk.db"));
    }

    public Optional<String> databaseUser() {
        return given(Setting.DB_USER);
    }

    public Optional<String> databasePassword() {
        return given(Setting.DB_PASSWORD);
    }

    public boolean migratesDatabase() {
        return isOn(Setting.DB_MIGRATE);
    }

    public Optional<String> secretKey() {
        return given(Setting.SECRET_KEY);
    }

    /** This desk's name: the setting, or the machine's host name. */
    public String deskName() {
        return given(Setting.DESK_NAME).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "this-desk";
            }
        });
    }

    /** The SMTP server, when one is set; without one, mail waits in the outbox. */
    public Optional<SmtpSettings> smtp() {
        return given(Setting.SMTP_HOST).map(host -> new SmtpSettings(host, number(Setting.SMTP_PORT),
                given(Setting.SMTP_USER), given(Setting.SMTP_PASSWORD), isOn(Setting.SMTP_STARTTLS),
                isOn(Setting.SMTP_SSL), mailFrom()));
    }

    public String mailFrom() {
        return text(Setting.MAIL_FROM);
    }

    /** How long a mail is tried before it is marked failed. */
    public Duration mailGiveUp() {
        return Duration.ofHours(number(Setting.MAIL_GIVE_UP_HOURS));
    }

    /** How long without key or mouse input before the session ends. */
    public Duration idleTime() {
        return Duration.ofMinutes(number(Setting.IDLE_MINUTES));
    }

    /** The "expiring soon" window, in days. */
    public int expiringDays() {
        return number(Setting.EXPIRING_DAYS);
    }

    /** The renewal reminders' thresholds, days before expiry; none when off. */
    public List<Integer> reminderDays() {
        return days(Setting.REMINDER_DAYS);
    }

    /** 期限管理's windows, in days. */
    public List<Integer> expiryWindows() {
        return days(Setting.EXPIRY_WINDOWS);
    }

    public int sentMailDays() {
        return number(Setting.SENT_MAIL_DAYS);
    }

    public int signInDays() {
        return number(Setting.SIGN_IN_DAYS);
    }

    public Optional<String> helpPhone() {
        return given(Setting.HELP_PHONE);
    }

    public Optional<String> helpHours() {
        return given(Setting.HELP_HOURS);
    }

    public Optional<String> helpWeb() {
        return given(Setting.HELP_WEB);
    }

    private Optional<String> given(Setting setting) {
        return Optional.ofNullable(given.get(setting));
    }

    private String text(Setting setting) {
        return given(setting).or(setting::defaultText).orElseThrow();
    }

    private int number(Setting setting) {
        String value = text(setting);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.key() + " must be a whole number, not \"" + value + "\"");
        }
    }

    private boolean isOn(Setting setting) {
        return Boolean.parseBoolean(text(setting));
    }

    private List<Integer> days(Setting setting) {
        String value = text(setting);
        return value.equalsIgnoreCase("off") ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    private Optional<String> lookup(Setting setting, Properties file) {
        String value = systemProperties.apply(setting.key());
        if (value == null) {
            value = environment.get(setting.environmentName());
        }
        if (value == null) {
            value = file.getProperty(setting.key());
        }
        return Optional.ofNullable(value).map(String::strip).filter(stripped -> !stripped.isEmpty());
    }

    private static Properties readProperties(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            // A reader that replaces what is not UTF-8 rather than refusing the whole file.
            try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        return properties;
    }

    /** The per-user data folder of the platform: XDG on Linux, AppData on Windows, Application Support on macOS. */
    static Path platformDataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA");
            return (appData != null ? Path.of(appData) : userHome.resolve("AppData/Local")).resolve("LicenseDesk");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/LicenseDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("license-desk");
    }
}
