package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup and restore from the command line. */
class BackupTest {
    @TempDir Path home;
    @TempDir Path elsewhere;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void restoreChecksTheFileThenReplacesTheContent() throws Exception {
        Path backup = elsewhere.resolve("one-account.db");
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "first_user"));
        }
        assertThat(cli("backup", backup.toString())).isEqualTo(Cli.OK);
        assertThat(cli("backup", backup.toString())).as("never overwrites").isEqualTo(Cli.USER_ERROR);
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "second_user"));
            assertThat(desk.accounts.count()).isEqualTo(2);
        }

        Path notADatabase = Files.writeString(elsewhere.resolve("notes.txt"), "hello");
        assertThat(cli("restore", notADatabase.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("License Deskのデータベースのバックアップではありません");

        Path newer = Files.copy(backup, elsewhere.resolve("newer.db"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            connection.createStatement().executeUpdate("update flyway_schema_history set version = '99'"
                    + " where installed_rank = (select max(installed_rank) from flyway_schema_history)");
        }
        assertThat(cli("restore", newer.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("新しいバージョンのLicense Desk");

        assertThat(cli("restore", backup.toString())).isEqualTo(Cli.OK);
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(desk.accounts.count()).isEqualTo(1);
            assertThat(desk.signIn.signIn("first_user", "Sakura7Desk")).isInstanceOf(
                    com.licensedesk.auth.SignInService.Result.SignedIn.class);
        }
    }

    @Test
    void aBackupWhoseSchemaHistoryLiesLeavesTheLiveDatabaseIntactAndUsable() throws Exception {
        Path backup = elsewhere.resolve("good.db");
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "first_user"));
        }
        assertThat(cli("backup", backup.toString())).isEqualTo(Cli.OK);
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "second_user"));
        }
        // Claims schema 5 but holds the later tables: it passes the version check and fails to migrate.
        Path forged = Files.copy(backup, elsewhere.resolve("forged.db"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + forged)) {
            connection.createStatement().executeUpdate(
                    "delete from flyway_schema_history where cast(version as integer) > 5");
        }

        assertThat(cli("restore", forged.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("現在のデータベースは変更していません");
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(desk.accounts.count()).as("the live data as it was").isEqualTo(2);
            desk.registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "third_user"));
        }
        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no copy left behind")
                    .noneMatch(name -> name.startsWith("restore-") || name.startsWith("pre-restore-"));
        }

        assertThat(cli("restore", backup.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("復元前のデータベースを保存しました");
        Path kept;
        try (var files = Files.list(home)) {
            kept = files.filter(path -> path.getFileName().toString().startsWith("pre-restore-")).findFirst()
                    .orElseThrow();
        }
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(desk.accounts.count()).isEqualTo(1);
            assertThat(desk.audit.search(com.licensedesk.audit.AuditQuery.everything(), 10))
                    .anySatisfy(record -> assertThat(record.entry().action()).isEqualTo(AuditAction.DATABASE_RESTORED));
        }
        try (Connection before = DriverManager.getConnection("jdbc:sqlite:" + kept);
             var rows = before.createStatement().executeQuery("select count(*) from account")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("the replaced database, kept").isEqualTo(3);
        }
    }

    private int cli(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), config(), Fixtures.CLOCK).run(args);
    }

    private Settings config() {
        return Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
    }
}
