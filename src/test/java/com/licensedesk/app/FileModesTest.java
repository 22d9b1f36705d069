package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the application writes is its owner's alone, also what an older version left readable by others. */
class FileModesTest {
    @TempDir Path parent;

    @Test
    void theDataDirectoryAndEverythingInItAreOwnerOnlyEvenWhenTheyExistedBefore() throws Exception {
        Path home = Files.createDirectories(parent.resolve("data"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path properties = Files.writeString(home.resolve(Settings.PROPERTIES_FILE), "licensedesk.locale=ja\n");
        Path remembered = Files.writeString(home.resolve("remembered-login-id"), "Tanaka_01");
        for (Path file : List.of(properties, remembered)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        Settings config = Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
        try (LicenseDesk app = LicenseDesk.open(config, Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            app.rememberedLoginId.remember("Sato_01");
            app.settingsFile.save(Map.of(Setting.SMTP_HOST, "mail.example.test"));
            app.database.backupTo(home.resolve("backups").resolve("today.db"));
        }

        assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> all = Files.walk(home)) {
            all.filter(path -> !path.equals(home)).forEach(path -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                            .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
