package com.licensedesk.settings;

import com.licensedesk.auth.PasswordHasher;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import com.licensedesk.files.OwnerOnly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code license-desk.properties} in the data directory, as the settings screen and the command line write it:
 * readable by its owner only (it holds the SMTP password), written whole and then moved into place, and holding the
 * settings PIN as an Argon2id hash.
 */
public final class SettingsFile {
    static final int PIN_TRIES = 5;
    static final Duration PIN_LOCK = Duration.ofMinutes(15);
    private final Path file;
    private final PasswordHasher hasher;
    private final Clock clock;

    public SettingsFile(Path file, PasswordHasher hasher, Clock clock) {
        this.file = file;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** What a typed PIN came to. */
    public sealed interface PinCheck {
        record Right() implements PinCheck {
        }

        record Wrong(int triesLeft) implements PinCheck {
        }

        /** Five wrong PINs in a row: none is checked until {@code until}. */
        record Locked(Instant until) implements PinCheck {
        }
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

    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(read().getProperty(setting.key())).filter(value -> !value.isBlank());
    }

    /** Sets the given settings (an empty value removes one) and keeps every other line of the file. */
    public void save(Map<Setting, String> values) {
        Properties properties = read();
        values.forEach((setting, value) -> {
            if (value == null || value.isBlank()) {
                properties.remove(setting.key());
            } else {
                properties.setProperty(setting.key(), value.strip());
            }
        });
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "License Desk settings");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        OwnerOnly.write(file, text.toString());
    }

    public boolean hasPin() {
        return get(Setting.PIN_HASH).isPresent();
    }

    /** Slow: hashes. */
    public void setPin(String pin) {
        save(Map.of(Setting.PIN_HASH, hasher.hash(pin)));
    }

    /**
     * Checks a typed PIN (settings, quitting a kiosk): five wrong in a row lock the PIN for 15 minutes, also across
     * restarts. Slow: hashes.
     */
    public synchronized PinCheck checkPin(String pin) {
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = get(Setting.PIN_LOCKED_UNTIL).flatMap(SettingsFile::instant)
                .filter(now::isBefore);
        if (lockedUntil.isPresent()) {
            return new PinCheck.Locked(lockedUntil.get());
        }
        if (get(Setting.PIN_HASH).map(hash -> hasher.matches(pin, hash)).orElse(false)) {
            if (get(Setting.PIN_FAILURES).isPresent() || get(Setting.PIN_LOCKED_UNTIL).isPresent()) {
                save(Map.of(Setting.PIN_FAILURES, "", Setting.PIN_LOCKED_UNTIL, ""));
            }
            return new PinCheck.Right();
        }
        int failures = get(Setting.PIN_FAILURES).map(SettingsFile::count).orElse(0) + 1;
        if (failures >= PIN_TRIES) {
            Instant until = now.plus(PIN_LOCK);
            save(Map.of(Setting.PIN_FAILURES, "", Setting.PIN_LOCKED_UNTIL, until.toString()));
            return new PinCheck.Locked(until);
        }
        save(Map.of(Setting.PIN_FAILURES, String.valueOf(failures), Setting.PIN_LOCKED_UNTIL, ""));
        return new PinCheck.Wrong(PIN_TRIES - failures);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException edited) {
            return Optional.empty();
        }
    }

    private static int count(String text) {
        return text.matches("\\d{1,2}") ? Integer.parseInt(text) : PIN_TRIES - 1;
    }

    /** The PIN rule: 6 to 12 digits. */
    public static boolean isValidPin(String pin) {
        return pin.matches("\\d{6,12}");
    }
}
