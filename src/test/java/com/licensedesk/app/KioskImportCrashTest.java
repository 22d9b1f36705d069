package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.kiosks.KioskService;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home's import killed (kill -9 of the process) while it applies a kiosk's bundle: every entry is applied whole or
 * not at all, and importing the same bundle again finishes the rest, each entry once.
 */
@Tag("sqlite-only")
class KioskImportCrashTest {
    private static final int CUSTOMERS = 300;
    @TempDir Path homeDir;
    @TempDir Path kioskDir;
    @TempDir Path folder;

    @Test
    void killedDuringAnImportEachEntryIsWholeOrAbsentAndTheRerunFinishesTheRest() throws Exception {
        GeneratedCustomers customers = new GeneratedCustomers(26, LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC));
        Path bundle;
        try (TestStore home = new TestStore(homeDir); TestStore kiosk = new TestStore(kioskDir)) {
            home.catalog.upsert(customers.catalogue(CUSTOMERS, 1));
            kiosk.catalog.upsert(customers.catalogue(CUSTOMERS, 1));
            KioskService.Enrolled enrolled = TestDesk.servicesOn(home, Fixtures.CLOCK).kiosks
                    .enrol(Actor.operator("admin_01", Role.ADMIN), "shinjuku-1");
            Services atKiosk = TestDesk.servicesOn(kiosk, Fixtures.CLOCK);
            atKiosk.joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
            for (int i = 0; i < CUSTOMERS; i++) {
                atKiosk.registration.register(customers.customer(i, Fixtures.NOW));
            }
            bundle = atKiosk.kioskSync.export(folder).orElseThrow();
        }

        Process killed = importing(bundle);
        try (TestStore home = new TestStore(homeDir)) {
            // Killed once some entries are in, well before all of them are.
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (applied(home) == 0 && killed.isAlive() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        killed.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

        try (TestStore home = new TestStore(homeDir)) {
            int applied = applied(home);
            assertThat(applied).as("some entries were applied before the kill").isPositive();
            assertWhole(home, applied);
        }

        Process rerun = importing(bundle);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        try (TestStore home = new TestStore(homeDir)) {
            int applied = applied(home);
            assertThat(applied + waiting(home)).isEqualTo(CUSTOMERS);
            assertWhole(home, applied);
        }
    }

    /** Every applied entry has its account, its licence, its journal entry and its mail; nothing else is there. */
    private static void assertWhole(TestStore home, int applied) {
        assertThat(home.rows("account")).isEqualTo(applied);
        assertThat(home.rows("licence")).isEqualTo(applied);
        assertThat(home.rows("outbox_mail")).isEqualTo(applied);
        assertThat(home.journalEntries().stream().filter(e -> e.originSequence().isPresent()).count())
                .isEqualTo(applied);
    }

    private static int applied(TestStore home) {
        return count(home, "APPLIED");
    }

    private static int waiting(TestStore home) {
        return count(home, "WAITING") + count(home, "HELD");
    }

    private static int count(TestStore home, String state) {
        return home.rowsWhere("sync_entry", "state", state);
    }

    private Process importing(Path bundle) throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), Main.class.getName(), "sync", "import", bundle.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LICENSEDESK_HOME", homeDir.toString());
        builder.environment().put("LICENSEDESK_SECRET_KEY", Fixtures.SECRET_KEY_SETTING);
        builder.environment().put("LICENSEDESK_DEMO", "false");
        builder.environment().put("LICENSEDESK_SYNC_FOLDER", folder.toString());
        return builder.start();
    }
}
