package com.licensedesk.app;

import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.files.OwnerOnly;
import com.licensedesk.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final String FILE = "secrets.key";

    private SecretKeys() {
    }

    /**
     * {@code sealedSecretsExist}: a key made now could not open them, so a missing key is then a start problem.
     * {@code shared}: desks on one server database must all use the same key, which only the setting can give them.
     */
    static SecretBox load(Settings config, Messages messages, boolean shared, BooleanSupplier sealedSecretsExist,
                          SecureRandom random) {
        Optional<String> configured = config.secretKey();
        if (configured.isPresent()) {
            return new SecretBox(decode(configured.get(),
                    messages.get("start.secretKey.badSetting", Setting.SECRET_KEY.key())), random);
        }
        if (shared) {
            throw new StartProblem(messages.get("start.secretKey.shared", Setting.SECRET_KEY.key()));
        }
        Path file = config.home().resolve(FILE);
        try {
            if (Files.exists(file)) {
                OwnerOnly.file(file);
                return new SecretBox(decode(Files.readString(file, StandardCharsets.US_ASCII),
                        messages.get("start.secretKey.badFile", file)), random);
            }
            if (sealedSecretsExist.getAsBoolean()) {
                throw new StartProblem(messages.get("start.secretKey.missing", file, Setting.SECRET_KEY.key()));
            }
            return new SecretBox(createOrRead(file, SecretBox.newKey(random), messages), random);
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

    /**
     * Written whole into an owner-only file beside it, then linked into place: a desk starting at the same moment
     * either wins or reads the winner's complete key, never half a file nor a second key.
     */
    private static byte[] createOrRead(Path file, byte[] key, Messages messages) throws IOException {
        OwnerOnly.folder(file.getParent());
        Path written = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            OwnerOnly.file(written);
            Files.writeString(written, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, written);
                return key;
            } catch (FileAlreadyExistsException raced) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII),
                        messages.get("start.secretKey.badFile", file));
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(written, file);
                return key;
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
