package com.licensedesk.setup;

import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one-time set-up code of a new installation: 最初の管理者を作成 and the first settings PIN ask for it, so that
 * only someone who can read the data folder (the machine's administrator, or {@code license-desk setup-code}) sets
 * the desk up. It is a file {@code setup-code} in the data folder, owner-only, there while something is still to be
 * set up; each use voids it, and a new one is written when something is left.
 */
public final class SetupCode {
    public static final String FILE = "setup-code";

    private final Path file;
    private final OneTimeCode codes;
    private final BooleanSupplier stillToSetUp;

    /** {@code stillToSetUp}: true while the desk has no operator or no settings PIN that a code would guard. */
    public SetupCode(Path folder, SecureRandom random, BooleanSupplier stillToSetUp) {
        this.file = folder.resolve(FILE);
        this.codes = new OneTimeCode(random);
        this.stillToSetUp = stillToSetUp;
    }

    /** At the start: a code is written when something is to be set up and none is there; removed once all is. */
    public synchronized void keep() {
        if (!stillToSetUp.getAsBoolean()) {
            remove();
        } else if (read().isEmpty()) {
            write();
        }
    }

    /** The code to type, while something is to be set up. */
    public synchronized Optional<String> current() {
        keep();
        return read();
    }

    private Optional<String> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            OwnerOnly.file(file);
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip()).filter(c -> !c.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Does {@code work} if {@code typed} is the code, then voids the code (a new one follows when something is still
     * to be set up). Empty when the code is wrong or there is none; a failure of {@code work} leaves the code as it was.
     */
    public synchronized <T> Optional<T> redeem(String typed, Supplier<T> work) {
        Optional<String> code = read();
        if (code.isEmpty() || !MessageDigest.isEqual(
                OneTimeCode.normalise(code.get()).getBytes(StandardCharsets.UTF_8),
                OneTimeCode.normalise(typed).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        T done = work.get();
        remove();
        keep();
        return Optional.of(done);
    }

    private void write() {
        OwnerOnly.write(file, codes.next() + "\n");
    }

    private void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }
}
