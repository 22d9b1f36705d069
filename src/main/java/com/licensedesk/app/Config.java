package com.licensedesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The settings, each looked up in this order: Java system property, environment variable,
 * {@code license-desk.properties} in the data directory, built-in default.
 */
public final class Config {
    public static final String PROPERTIES_FILE = "license-desk.properties";

    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Path home;
    private final Properties file;

    Config(Function<String, String> systemProperties, Map<String, String> environment, Path defaultHome) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.home = Optional.ofNullable(lookup("licensedesk.home", new Properties())).map(Path::of).orElse(defaultHome);
        this.file = readProperties(home.resolve(PROPERTIES_FILE));
    }

    public static Config fromSystem() {
        return new Config(System::getProperty, System.getenv(), platformDataDirectory());
    }

    public static Config of(Map<String, String> systemProperties, Map<String, String> environment, Path defaultHome) {
        return new Config(systemProperties::get, environment, defaultHome);
    }

    /** The same settings with one of them set as a system property would: for switching the language. */
    public Config with(String property, String value) {
        Function<String, String> base = systemProperties;
        return new Config(name -> name.equals(property) ? value : base.apply(name), environment, home);
    }

    /** The same lookups with the properties file read again: after the settings screen saved it. */
    public Config reload() {
        return new Config(systemProperties, environment, home);
    }

    /** Kiosk mode: full screen, no leaving without the settings PIN. */
    public boolean kiosk() {
        return getBoolean("licensedesk.kiosk", false);
    }

    public Path home() {
        return home;
    }

    public String databaseUrl() {
        return get("licensedesk.db.url").orElse("jdbc:sqlite:" + home.resolve("license-desk.db"));
    }

    public Optional<String> get(String property) {
        return Optional.ofNullable(lookup(property, file)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String get(String property, String fallback) {
        return get(property).orElse(fallback);
    }

    public int getInt(String property, int fallback) {
        Optional<String> value = get(property);
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number, not \"" + value.get() + "\"");
        }
    }

    /** Days as a comma-separated list ({@code 90,30,7}); {@code off} for none. Checked by {@link ConfigCheck}. */
    public java.util.List<Integer> getDays(String property, java.util.List<Integer> fallback) {
        return get(property).map(value -> value.equalsIgnoreCase("off") ? java.util.List.<Integer>of()
                : java.util.Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList())
                .orElse(fallback);
    }

    public boolean getBoolean(String property, boolean fallback) {
        return get(property).map(Boolean::parseBoolean).orElse(fallback);
    }

    public String vendorName() {
        return get("licensedesk.vendor.name", "License Desk");
    }

    public Locale locale() {
        return Locale.forLanguageTag(get("licensedesk.locale", "ja"));
    }

    private String lookup(String property, Properties fromFile) {
        String value = systemProperties.apply(property);
        if (value == null) {
            value = environment.get(environmentName(property));
        }
        if (value == null) {
            value = fromFile.getProperty(property);
        }
        return value;
    }

    /** {@code licensedesk.smtp.host} is {@code LICENSEDESK_SMTP_HOST}; dashes become underscores too. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Properties readProperties(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path);
                 var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        return properties;
    }

    /** The per-user data directory of the platform: XDG on Linux, AppData on Windows, Application Support on macOS. */
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
