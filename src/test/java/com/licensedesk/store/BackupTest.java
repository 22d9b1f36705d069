package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of the embedded database: one taken while a desk writes, and the daily backups. */
@Tag("sqlite-only")
class BackupTest {
    @TempDir Path home;
    @TempDir Path elsewhere;

    @Test
    void aBackupTakenInTheMiddleOfARegistrationHoldsEveryEarlierOneAndNoneOfIt() throws Exception {
        Path backup = elsewhere.resolve("during.db");
        try (TestStore store = new TestStore(home)) {
            store.catalog.save(generatedKeys(21));
            for (int i = 0; i < 20; i++) {
                TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(key(i), "desk_user_" + i));
            }
            // Another desk on the same database file takes the backup.
            try (TestStore desk = new TestStore(home)) {
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
                                return method.invoke(store.licences, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                Thread registering = new Thread(() -> TestDesk.servicesOn(store, Fixtures.CLOCK, o -> o.licences(pausing)).registration
                        .register(Fixtures.registration(key(20), "desk_user_20")));
                registering.start();
                assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
                desk.database.backupTo(backup);
                goOn.countDown();
                registering.join(60_000);
                assertThat(registering.isAlive()).as("the registration ended").isFalse();
            }
            assertThat(store.rows("account")).as("the live database got the 21st").isEqualTo(21);
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
    void dailyBackupsKeepTheNewestSeven() throws Exception {
        Path folder = home.resolve("backups");
        Files.createDirectories(folder);
        for (int day = 1; day <= 9; day++) {
            Files.writeString(folder.resolve("license-desk-2026-11-0" + day + ".db"), "old");
        }
        try (TestStore store = new TestStore(home)) {
            Clock today = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC);
            DailyBackups backups = new DailyBackups(store.database, folder, today);
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
        try (TestStore store = new TestStore(home)) {
            Clock today = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC);
            DailyBackups backups = new DailyBackups(store.database, folder, today);
            assertThat(backups.list()).isEmpty();

            backups.runIfDue();

            assertThat(backups.list()).singleElement().satisfies(latest ->
                    assertThat(Database.schemaVersionOf(latest)).isPresent());
            assertThat(cutOff).doesNotExist();
        }
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
