package com.licensedesk.app;

import com.licensedesk.auth.SecretBox;
import com.licensedesk.files.OwnerOnly;
import com.licensedesk.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The desk's secret key, which seals two-factor secrets: {@code licensedesk.secret-key} (the Base64 of 32 bytes; the
 * same on every desk of a shared database), else {@code secrets.key} in the data directory, made on first start. The
 * key is never in the database, so never in a backup; keep a copy of the file apart from the backups.
 */
final class SecretKeys {
    static final String PROPERTY = "licensedesk.secret-key";
    static final String FILE = "secrets.key";

    private SecretKeys() {
    }

    /** {@code sealedSecretsExist}: a key made now could not open them, so a missing key is then a start problem. */
    static SecretBox load(Config config, Messages messages, BooleanSupplier sealedSecretsExist, SecureRandom random) {
        Optional<String> configured = config.get(PROPERTY);
        if (configured.isPresent()) {
            return new SecretBox(decode(configured.get(), messages.get("start.secretKey.badSetting", PROPERTY)),
                    random);
        }
        Path file = config.home().resolve(FILE);
        try {
            if (Files.exists(file)) {
                OwnerOnly.file(file);
                return new SecretBox(decode(Files.readString(file, StandardCharsets.US_ASCII),
                        messages.get("start.secretKey.badFile", file)), random);
            }
            if (sealedSecretsExist.getAsBoolean()) {
                throw new StartProblem(messages.get("start.secretKey.missing", file, PROPERTY));
            }
            byte[] key = SecretBox.newKey(random);
            write(file, Base64.getEncoder().encodeToString(key) + "\n");
            return new SecretBox(key, random);
        } catch (IOException e) {
            throw new StartProblem(messages.get("start.secretKey.unreadable", file, e.getMessage()), e);
        }
    }

    private static byte[] decode(String text, String problem) {
        try {
            byte[] key = Base64.getDecoder().decode(text.strip());
            if (key.length == SecretBox.KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // said below
        }
        throw new StartProblem(problem);
    }

    /** Created owner-only from the start: the key is never readable by others, not even for a moment. */
    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another start made " + file + " at the same time; start again", raced);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
