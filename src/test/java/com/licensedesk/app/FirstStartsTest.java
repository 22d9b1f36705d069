package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.Postgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desks starting at the same moment on a new database: every one starts, the schema and the demo keys come once. */
class FirstStartsTest {
    private static final int DESKS = 12;
    @TempDir Path home;

    @Test
    void twelveDesksStartAtOnceOnANewEmbeddedDatabase() throws Exception {
        startAtOnce(Map.of("licensedesk.home", home.toString()), DemoCatalog.entries(LocalDate.of(2026, 11, 24))
                .size());
    }

    @Test
    void twelveDesksStartAtOnceOnANewSharedDatabase() throws Exception {
        startAtOnce(Map.of("licensedesk.home", home.toString(), "licensedesk.db.url", Postgres.newDatabase(),
                "licensedesk.secret-key", Fixtures.SECRET_KEY_SETTING), 0);
    }

    private void startAtOnce(Map<String, String> settings, int demoKeys) throws Exception {
        Settings config = Settings.of(settings, Map.of(), home);
        ExecutorService threads = Executors.newFixedThreadPool(DESKS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LicenseDesk>> desks = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            desks.add(threads.submit(() -> {
                start.await();
                return LicenseDesk.open(config, Fixtures.CLOCK, Fixtures.CHEAP_HASHER);
            }));
        }
        start.countDown();
        List<LicenseDesk> started = new ArrayList<>();
        try {
            for (Future<LicenseDesk> desk : desks) {
                started.add(desk.get());
            }
            assertThat(started).hasSize(DESKS).allSatisfy(desk -> {
                assertThat(desk.database.schemaVersion()).isEqualTo(Fixtures.newestSchema());
                assertThat(desk.catalog.count()).isEqualTo(demoKeys);
            });
        } finally {
            started.forEach(LicenseDesk::close);
            threads.shutdown();
        }
    }
}
