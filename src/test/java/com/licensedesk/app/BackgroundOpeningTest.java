package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.settings.Settings;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's start: the services at once, the database opened once the window is shown. A database that cannot be
 * opened is one line for the user whichever side finds it; a new one is made, migrated and given the demo keys.
 */
@Tag("sqlite-only")
class BackgroundOpeningTest {
    @TempDir Path home;

    @Test
    void aNewDataDirectoryOpensAndGetsTheDemoCatalogue() {
        LicenseDesk app = LicenseDesk.starting(config(), Fixtures.CLOCK);
        try {
            app.finishOpening();
            assertThat(app.catalog.count()).isPositive();
            assertThat(app.database.schemaVersion()).isEqualTo(Fixtures.newestSchema());
        } finally {
            app.close();
        }
    }

    @Test
    void theDatabaseIsOpenedOnlyWhenTheWindowFinishesOpening() {
        // The window's start does not share the processor with the database's opening: made after the first window.
        LicenseDesk app = LicenseDesk.starting(config(), Fixtures.CLOCK);
        try {
            assertThat(home.resolve("license-desk.db")).doesNotExist();
            app.finishOpening();
            assertThat(home.resolve("license-desk.db")).exists();
        } finally {
            app.close();
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsSaidOnceTheWindowWaitsForIt() throws Exception {
        notADatabase();
        // The secret key is there: nothing before the window needs the database.
        Files.writeString(home.resolve(SecretKeys.FILE), Fixtures.SECRET_KEY_SETTING + "\n");
        LicenseDesk app = LicenseDesk.starting(config(), Fixtures.CLOCK);
        try {
            assertThatThrownBy(app::finishOpening).isInstanceOf(StartProblem.class)
                    .hasMessageContaining("license-desk.db").hasMessageContaining("SQLITE_NOTADB")
                    .hasMessageNotContaining("Exception");
        } finally {
            app.close();
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsSaidBeforeTheWindowWhenTheKeyMustBeLookedFor() throws Exception {
        notADatabase();
        // No secret key file: whether sealed secrets exist is asked of the database before the window.
        assertThatThrownBy(() -> LicenseDesk.starting(config(), Fixtures.CLOCK)).isInstanceOf(StartProblem.class)
                .hasMessageContaining("license-desk.db").hasMessageContaining("SQLITE_NOTADB");
    }

    private void notADatabase() throws Exception {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Files.write(home.resolve("license-desk.db"), noise);
    }

    private Settings config() {
        return Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
    }
}
