package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.Postgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three desks on one PostgreSQL, registering at the same time: registrations per second all together, and the p99
 * of one registration (the database part: the tests' cheap password hash). Prints the figures.
 */
@Tag("benchmark")
class SharedDatabaseBenchmark {
    private static final int DESKS = 3;
    private static final int PER_DESK = 400;

    @Test
    void threeDesksRegisterAtOnce(@TempDir Path homes) throws Exception {
        String url = Postgres.newDurableDatabase();
        try (var connection = java.sql.DriverManager.getConnection(url);
             var rows = connection.createStatement().executeQuery(
                     "select current_setting('fsync'), current_setting('synchronous_commit'), version()")) {
            rows.next();
            System.out.printf("server: fsync=%s synchronous_commit=%s, %s%n", rows.getString(1), rows.getString(2),
                    rows.getString(3));
        }
        List<LicenseDesk> desks = new ArrayList<>();
        for (int d = 0; d < DESKS; d++) {
            Path home = homes.resolve("desk" + d);
            desks.add(LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(),
                    "licensedesk.db.url", url, "licensedesk.desk.name", "desk-" + d,
                    "licensedesk.secret-key", Fixtures.SECRET_KEY_SETTING), Map.of(), home),
                    Fixtures.CLOCK, Fixtures.CHEAP_HASHER));
        }
        List<CatalogEntry> keys = new ArrayList<>();
        for (int i = 0; i < DESKS * PER_DESK + 50; i++) {
            keys.add(new CatalogEntry(Fixtures.key(GeneratedCustomers.key(i, 0)), "Bench " + i, Optional.empty(), 1,
                    LocalDate.of(2028, 1, 1), LicenseType.FULL, Optional.empty()));
        }
        desks.get(0).catalog.save(keys);
        for (int i = 0; i < 50; i++) { // warm-up on one desk
            desks.get(0).registration.register(Fixtures.registration(GeneratedCustomers.key(DESKS * PER_DESK + i, 0),
                    "warm_" + i));
        }
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(DESKS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int d = 0; d < DESKS; d++) {
            LicenseDesk app = desks.get(d);
            int first = d * PER_DESK;
            runs.add(threads.submit(() -> {
                start.await();
                for (int i = first; i < first + PER_DESK; i++) {
                    long began = System.nanoTime();
                    app.registration.register(Fixtures.registration(GeneratedCustomers.key(i, 0), "bench_" + i));
                    nanos.add(System.nanoTime() - began);
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        threads.shutdown();
        desks.forEach(LicenseDesk::close);
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("three desks on one PostgreSQL: %d registrations in %.2f s = %.0f per second;"
                        + " one registration p50 %.2f ms, p99 %.2f ms%n", sorted.size(), seconds,
                sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }
}
