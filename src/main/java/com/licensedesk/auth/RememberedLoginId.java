package com.licensedesk.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import com.licensedesk.files.OwnerOnly;

/**
 * ログインIDを記憶する: the login ID alone (never the password), kept on this machine in the data directory and read
 * once when the application starts.
 */
public final class RememberedLoginId {
    private final Path file;
    private volatile Optional<String> loginId;

    public RememberedLoginId(Path file) {
        this.file = file;
        this.loginId = read(file);
        if (Files.isRegularFile(file)) {
            OwnerOnly.file(file); // an older version wrote it readable by all
        }
    }

    public Optional<String> get() {
        return loginId;
    }

    /** Keeps the login ID for next time. Writes a file: call it off the FX thread. */
    public void remember(String id) {
        OwnerOnly.write(file, id);
        loginId = Optional.of(id);
    }

    /** Forgets it. Deletes a file: call it off the FX thread. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
            loginId = Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot forget the login ID in " + file, e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(id -> !id.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
