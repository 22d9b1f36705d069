package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.auth.SignInService;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} from the command line. */
class DatabaseCliTest {
    @TempDir Path home;
    @TempDir Path elsewhere;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void backupRefusesASymbolicLinkAndAQuoteAndRestoreADecimalSchemaVersion() throws Exception {
        Path dangling = home.resolve("dangling.db");
        Files.createSymbolicLink(dangling, home.resolve("nowhere").resolve("target.db"));
        assertThat(cli.run("backup", dangling.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("シンボリックリンク");
        assertThat(Files.exists(home.resolve("nowhere"))).isFalse();

        cli.err.reset();
        assertThat(cli.run("backup", home.resolve("a\"b.db").toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr().lines()).singleElement().asString().contains("二重引用符");

        Path backup = home.resolve("backup.db");
        assertThat(cli.run("backup", backup.toString())).isEqualTo(Cli.OK);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
            connection.createStatement().executeUpdate("update flyway_schema_history set version = '3.5'"
                    + " where installed_rank = (select max(installed_rank) from flyway_schema_history)");
        }
        cli.err.reset();
        assertThat(cli.run("restore", backup.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr().lines()).singleElement().asString().contains("バックアップではありません");
    }

    @Test
    void restoreChecksTheFileThenReplacesTheContent() throws Exception {
        Path backup = elsewhere.resolve("one-account.db");
        try (TestStore store = cli.store().withDemoCatalogue()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "first_user"));
        }
        assertThat(cli.run("backup", backup.toString())).isEqualTo(Cli.OK);
        assertThat(cli.run("backup", backup.toString())).as("never overwrites").isEqualTo(Cli.USER_ERROR);
        try (TestStore store = cli.store()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "second_user"));
            assertThat(store.accounts.count()).isEqualTo(2);
        }

        Path notADatabase = Files.writeString(elsewhere.resolve("notes.txt"), "hello");
        assertThat(cli.run("restore", notADatabase.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("License Deskのデータベースのバックアップではありません");

        Path newer = Files.copy(backup, elsewhere.resolve("newer.db"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            connection.createStatement().executeUpdate("update flyway_schema_history set version = '99'"
                    + " where installed_rank = (select max(installed_rank) from flyway_schema_history)");
        }
        assertThat(cli.run("restore", newer.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("新しいバージョンのLicense Desk");

        assertThat(cli.run("restore", backup.toString())).isEqualTo(Cli.OK);
        try (TestStore store = cli.store()) {
            assertThat(store.accounts.count()).isEqualTo(1);
            assertThat(TestDesk.servicesOn(store, Fixtures.CLOCK).signIn.signIn("first_user", "Sakura7Desk"))
                    .isInstanceOf(SignInService.Result.SignedIn.class);
        }
    }

    @Test
    void aBackupWhoseSchemaHistoryLiesLeavesTheLiveDatabaseIntactAndUsable() throws Exception {
        Path backup = elsewhere.resolve("good.db");
        try (TestStore store = cli.store().withDemoCatalogue()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "first_user"));
        }
        assertThat(cli.run("backup", backup.toString())).isEqualTo(Cli.OK);
        try (TestStore store = cli.store()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "second_user"));
        }
        // Claims schema 5 but holds the later tables: it passes the version check and fails to migrate.
        Path forged = Files.copy(backup, elsewhere.resolve("forged.db"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + forged)) {
            connection.createStatement().executeUpdate(
                    "delete from flyway_schema_history where cast(version as integer) > 5");
        }

        assertThat(cli.run("restore", forged.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("現在のデータベースは変更していません");
        try (TestStore store = cli.store()) {
            assertThat(store.accounts.count()).as("the live data as it was").isEqualTo(2);
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "third_user"));
        }
        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no copy left behind")
                    .noneMatch(name -> name.startsWith("restore-") || name.startsWith("pre-restore-"));
        }

        assertThat(cli.run("restore", backup.toString())).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("復元前のデータベースを保存しました");
        Path kept;
        try (var files = Files.list(home)) {
            kept = files.filter(path -> path.getFileName().toString().startsWith("pre-restore-")).findFirst()
                    .orElseThrow();
        }
        try (TestStore store = cli.store()) {
            assertThat(store.accounts.count()).isEqualTo(1);
            assertThat(store.audit.search(AuditQuery.everything(), 10))
                    .anySatisfy(record -> assertThat(record.entry().action()).isEqualTo(AuditAction.DATABASE_RESTORED));
        }
        try (Connection before = DriverManager.getConnection("jdbc:sqlite:" + kept);
             var rows = before.createStatement().executeQuery("select count(*) from account")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("the replaced database, kept").isEqualTo(3);
        }
    }
}
