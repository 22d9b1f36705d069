package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's file, read from its URL; a database that is new only when this desk made its file, and one
 * opened later that makes its file only once it is started or needed.
 */
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
        try (Database later = Database.openLater(connect(folder.resolve("license-desk.db")))) {
            later.awaitOpen();
            assertThat(later.isNew()).isFalse();
        }
    }

    @Test
    void aDatabaseOpenedLaterMakesItsFileWhenStartedAndNotBefore() {
        Path file = folder.resolve("license-desk.db");
        try (Database later = Database.openLater(connect(file))) {
            assertThat(later.isNew()).isTrue();
            assertThat(file).doesNotExist();
            later.startOpening();
            later.awaitOpen();
            assertThat(file).exists();
            assertThat(later.schemaVersion()).isNotEmpty();
        }
    }

    @Test
    void aDatabaseOpenedLaterOpensForWhoeverNeedsItFirst() {
        Path file = folder.resolve("license-desk.db");
        try (Database later = Database.openLater(connect(file))) {
            assertThat(later.schemaVersion()).as("asked before anyone started it").isNotEmpty();
            assertThat(file).exists();
        }
    }

    @Test
    void aDatabaseClosedBeforeItsOpeningNeverOpens() {
        Path file = folder.resolve("license-desk.db");
        Database later = Database.openLater(connect(file));
        later.close();
        later.startOpening();
        assertThatThrownBy(later::awaitOpen).hasMessageContaining("closed before it opened");
        assertThat(file).doesNotExist();
    }

    private static Database.Connect connect(Path file) {
        return new Database.Connect("jdbc:sqlite:" + file, Optional.empty(), Optional.empty(), "license-desk", true);
    }
}
