package com.licensedesk.store;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What durable commits cost: registrations per second, one after another as a desk makes them, with
 * synchronous=FULL (what the application uses) and NORMAL, alternating rounds in one run. Prints the figures.
 */
@Tag("benchmark")
class DurableCommitBenchmark {
    private static final int PER_ROUND = 300;
    private static final int ROUNDS = 3;

    @Test
    void registrationsPerSecondWithAndWithoutDurableCommits(@TempDir Path folder) {
        List<Double> full = new ArrayList<>();
        List<Double> normal = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            full.add(perSecond(folder.resolve("full-" + round), true));
            normal.add(perSecond(folder.resolve("normal-" + round), false));
        }
        System.out.printf("registrations per second, synchronous=FULL: %s (median %.0f)%n", full, median(full));
        System.out.printf("registrations per second, synchronous=NORMAL: %s (median %.0f)%n", normal,
                median(normal));
        System.out.printf("FULL / NORMAL: %.2f%n", median(full) / median(normal));
    }

    private static double perSecond(Path folder, boolean durable) {
        try (TestStore store = new TestStore(Database.open("jdbc:sqlite:" + folder.resolve("license-desk.db"),
                durable))) {
            List<CatalogEntry> keys = new ArrayList<>();
            for (int i = 0; i < PER_ROUND; i++) {
                keys.add(new CatalogEntry(Fixtures.key(GeneratedCustomers.key(i, 0)), "Bench " + i, Optional.empty(),
                        1, LocalDate.of(2028, 1, 1), LicenseType.FULL, Optional.empty()));
            }
            store.catalog.save(keys);
            RegistrationService registration = TestDesk.services(store, folder, Fixtures.CLOCK, options -> { })
                    .registration;
            long start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                registration.register(Fixtures.registration(GeneratedCustomers.key(i, 0), "bench_" + i));
            }
            return PER_ROUND / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
