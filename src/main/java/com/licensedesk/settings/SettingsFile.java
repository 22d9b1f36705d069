package com.licensedesk.settings;

import com.licensedesk.auth.PasswordHasher;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code license-desk.properties} in the data directory, as the settings screen and the command line write it:
 * readable by its owner only (it holds the SMTP password), written whole and then moved into place, and holding the
 * settings PIN as an Argon2id hash.
 */
public final class SettingsFile {
    public static final String PIN_HASH = "licensedesk.settings.pin-hash";
    private final Path file;
    private final PasswordHasher hasher;

    public SettingsFile(Path file, PasswordHasher hasher) {
        this.file = file;
        this.hasher = hasher;
    }

    public Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    public Optional<String> get(String property) {
        return Optional.ofNullable(read().getProperty(property)).filter(value -> !value.isBlank());
    }

    /** Sets the given settings (an empty value removes one) and keeps every other line of the file. */
    public void save(Map<String, String> values) {
        Properties properties = read();
        values.forEach((property, value) -> {
            if (value == null || value.isBlank()) {
                properties.remove(property);
            } else {
                properties.setProperty(property, value.strip());
            }
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "license-desk", ".properties");
            ownerOnly(written);
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(out, "License Desk settings");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public boolean hasPin() {
        return get(PIN_HASH).isPresent();
    }

    /** Slow: hashes. */
    public void setPin(String pin) {
        save(Map.of(PIN_HASH, hasher.hash(pin)));
    }

    /** Slow: hashes. */
    public boolean pinMatches(String pin) {
        return get(PIN_HASH).map(hash -> hasher.matches(pin, hash)).orElse(false);
    }

    /** The PIN rule: 6 to 12 digits. */
    public static boolean isValidPin(String pin) {
        return pin.matches("\\d{6,12}");
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the per-user data directory is private to the user already.
        }
    }
}
