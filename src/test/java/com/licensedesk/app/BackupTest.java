package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.store.Database;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup and restore from the command line, and the daily backups. */
class BackupTest {
    @TempDir Path home;
    @TempDir Path elsewhere;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aBackupTakenInTheMiddleOfARegistrationHoldsEveryEarlierOneAndNoneOfIt() throws Exception {
        Path backup = elsewhere.resolve("during.db");
        try (TestDesk live = TestDesk.empty().open(home)) {
            live.store().catalog.save(generatedKeys(21));
            for (int i = 0; i < 20; i++) {
                live.register(Fixtures.registration(key(i), "desk_user_" + i));
            }
            try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
                // The 21st registration stops inside its transaction, after its account and companies are written
                // and before its licence: the backup is taken exactly then.
                CountDownLatch inside = new CountDownLatch(1);
                CountDownLatch goOn = new CountDownLatch(1);
                LicenceRepository pausing = (LicenceRepository) Proxy.newProxyInstance(
                        LicenceRepository.class.getClassLoader(), new Class<?>[] {LicenceRepository.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("add")) {
                                inside.countDown();
                                assertThat(goOn.await(60, TimeUnit.SECONDS)).isTrue();
                            }
                            try {
                                return method.invoke(live.store().licences, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                Thread registering = new Thread(() -> live.servicesWith(options -> options.licences(pausing))
                        .registration.register(Fixtures.registration(key(20), "desk_user_20")));
                registering.start();
                assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
                desk.database.backupTo(backup);
                goOn.countDown();
                registering.join(60_000);
                assertThat(registering.isAlive()).as("the registration ended").isFalse();
            }
            assertThat(live.store().rows("account")).as("the live database got the 21st").isEqualTo(21);
        }
        assertThat(Database.schemaVersionOf(backup)).hasValueSatisfying(v -> assertThat(v).isNotBlank());
        Path copy = Files.createDirectories(elsewhere.resolve("restored"));
        Files.copy(backup, copy.resolve("license-desk.db"));
        try (TestStore restored = new TestStore(copy)) {
            // Each registration is one transaction: the backup holds all of its rows or none of them.
            for (String table : List.of("account", "contractor", "support_contact", "licence", "outbox_mail")) {
                assertThat(restored.rows(table)).as(table).isEqualTo(20);
            }
        }
    }

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

    @Test
    void dailyBackupsKeepTheNewestSeven() throws Exception {
        Path folder = home.resolve("backups");
        Files.createDirectories(folder);
        for (int day = 1; day <= 9; day++) {
            Files.writeString(folder.resolve("license-desk-2026-11-0" + day + ".db"), "old");
        }
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            Clock today = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC);
            DailyBackups backups = new DailyBackups(desk.database, folder, today);
            backups.runIfDue();
            backups.runIfDue();

            assertThat(backups.list()).hasSize(7).last().satisfies(latest ->
                    assertThat(latest.getFileName().toString()).isEqualTo("license-desk-2026-11-24.db"));
            assertThat(Database.schemaVersionOf(folder.resolve("license-desk-2026-11-24.db"))).isPresent();
            assertThat(backups.list().get(0).getFileName().toString()).isEqualTo("license-desk-2026-11-04.db");
        }
    }

    @Test
    void aBackupCutOffHalfWayIsNotTodaysAndIsReplaced() throws Exception {
        Path folder = home.resolve("backups");
        Files.createDirectories(folder);
        // What a backup killed half-way leaves: the temporary name, never the day's own.
        Path cutOff = folder.resolve("license-desk-2026-11-24.db.part");
        Files.writeString(cutOff, "half a database");
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            Clock today = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC);
            DailyBackups backups = new DailyBackups(desk.database, folder, today);
            assertThat(backups.list()).isEmpty();

            backups.runIfDue();

            assertThat(backups.list()).singleElement().satisfies(latest ->
                    assertThat(Database.schemaVersionOf(latest)).isPresent());
            assertThat(cutOff).doesNotExist();
        }
    }

    private int cli(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), config(), Fixtures.CLOCK).run(args);
    }

    private Settings config() {
        return Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
    }

    private static List<CatalogEntry> generatedKeys(int count) {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new CatalogEntry(ProductKey.parse(key(i)).orElseThrow(), "Hoshizora Test " + i,
                    Optional.empty(), 1, LocalDate.of(2027, 1, 1), LicenseType.FULL, Optional.empty()));
        }
        return entries;
    }

    private static String key(int i) {
        return String.format("BK-%04d-AAAA-BBBB-CCCC", i);
    }
}
