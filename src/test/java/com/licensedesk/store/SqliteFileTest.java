package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's file, read from its URL, and a database that is new only when this desk made its file. */
@Tag("sqlite-only")
class SqliteFileTest {
    @TempDir Path folder;

    @Test
    void theFileIsReadFromTheUrlWithoutItsOptions() {
        assertThat(SqliteFile.of("jdbc:sqlite:/data/license-desk.db")).hasValue(Path.of("/data/license-desk.db"));
        assertThat(SqliteFile.of("jdbc:sqlite:file:/data/license-desk.db?mode=rw"))
                .hasValue(Path.of("/data/license-desk.db"));
        assertThat(SqliteFile.of("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SqliteFile.of("jdbc:sqlite:")).isEmpty();
        assertThat(SqliteFile.of("jdbc:postgresql://localhost/licensedesk")).as("a server's").isEmpty();
    }

    @Test
    void aDatabaseIsNewOnlyWhenThisDeskCreatedItsFile() {
        String url = "jdbc:sqlite:" + folder.resolve("license-desk.db");
        try (Database created = Database.open(url)) {
            assertThat(created.isNew()).isTrue();
        }
        try (Database again = Database.open(url)) {
            assertThat(again.isNew()).isFalse();
        }
        try (Database inBackground = Database.openInBackground(
                new Database.Connect(url, Optional.empty(), Optional.empty(), "license-desk", true))) {
            inBackground.awaitOpen();
            assertThat(inBackground.isNew()).isFalse();
        }
    }
}
