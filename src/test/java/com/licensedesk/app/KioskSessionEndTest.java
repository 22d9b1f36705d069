package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.settings.Settings;
import com.licensedesk.store.TestStore;
import com.licensedesk.sync.BundleReport;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.InPlaceTasks;
import com.licensedesk.testing.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** At a kiosk with a sync folder, each session's end reads home's replies there and writes what waits for home. */
class KioskSessionEndTest {
    @RegisterExtension final TestDesk reseller = TestDesk.withDemoCatalogue();
    @TempDir Path kioskHome;
    @TempDir Path syncFolder;

    @Test
    void aSessionsEndLeavesTheBundleForHomeAndTakesInHomesReply() throws IOException {
        KioskService.Enrolled enrolled = reseller.services().kiosks.enrol(Actor.operator("admin_01", Role.ADMIN),
                "shinjuku-1");
        Settings config = Settings.of(Map.of("licensedesk.home", kioskHome.toString(),
                "licensedesk.sync.folder", syncFolder.toString(),
                "licensedesk.secret-key", Fixtures.SECRET_KEY_SETTING), Map.of(), kioskHome);
        try (LicenseDesk kiosk = LicenseDesk.open(config, Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            try (TestStore sameFile = new TestStore(kioskHome)) {
                TestDesk.servicesOn(sameFile, Fixtures.CLOCK).joinHome.join(Actor.system("cli"), enrolled.file(),
                        enrolled.passphrase());
            }
            kiosk.carryToHome(new InPlaceTasks());
            assertThat(Files.list(syncFolder)).as("nothing waits for home yet").isEmpty();

            kiosk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
            kiosk.carryToHome(new InPlaceTasks());

            Path bundle = syncFolder.resolve("shinjuku-1-1-1.ldsync");
            assertThat(bundle).exists();
            BundleReport report = reseller.services().syncImport.importBundle(Actor.operator("clerk_01", Role.CLERK),
                    bundle.getFileName().toString(), Files.readAllBytes(bundle));
            assertThat(report.applied()).isEqualTo(1);
            reseller.services().syncReplies.write("shinjuku-1", syncFolder);

            kiosk.carryToHome(new InPlaceTasks());

            assertThat(kiosk.kioskSync.state().orElseThrow().waiting()).isZero();
            assertThat(kiosk.kioskSync.state().orElseThrow().lastHeard()).isPresent();
        }
    }
}
