package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.PrecomputedHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A registration at 100,000 accounts (on a copy of the benchmarks' desk): the wizard's service with a password hash
 * computed beforehand, so that what is timed is the store's work and the service's check of the request, whose
 * password estimate is timed apart beside it; p50 and p99 of 2,000 registrations one after another, with the shipped
 * {@code synchronous=FULL}. Its table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
class RegistrationBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    private static final int REGISTRATIONS = 2_000;

    @Test
    void registrationsOneAfterAnother() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path copy = Files.createDirectories(Path.of("target", "benchmark", "registration-copy"));
        try (var old = Files.list(copy)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, clock)) {
            app.database.backupTo(copy.resolve("license-desk.db"));
        }
        Files.copy(BenchmarkDesk.home(CUSTOMERS).resolve("secrets.key"), copy.resolve("secrets.key"));
        PasswordHasher precomputed = new PrecomputedHasher();
        try (LicenseDesk app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", copy.toString(),
                "licensedesk.demo", "false"), Map.of(), copy), clock, precomputed)) {
            GeneratedCustomers generated = new GeneratedCustomers(91, LocalDate.now(clock));
            int first = 10 * CUSTOMERS;
            app.catalog.save(generated.catalogue(first + REGISTRATIONS, 1)
                    .subList(first, first + REGISTRATIONS));
            long[] each = new long[REGISTRATIONS];
            long[] checks = new long[REGISTRATIONS];
            for (int i = 0; i < REGISTRATIONS; i++) {
                var request = generated.customer(first + i, clock.instant());
                // The service checks the password against the estimator as the form does: the same check, timed
                // apart just before, is the part of the registration that is not the database's.
                long start = System.nanoTime();
                PasswordPolicy.problem(request.password());
                checks[i] = System.nanoTime() - start;
                start = System.nanoTime();
                app.registration.register(request);
                each[i] = System.nanoTime() - start;
            }
            long[] measured = Arrays.copyOfRange(each, 200, each.length);
            long[] checked = Arrays.copyOfRange(checks, 200, checks.length);
            String report = String.join("\n",
                    "| what | p50 ms | p99 ms | slowest ms |",
                    "|---|---|---|---|",
                    String.format(Locale.ROOT, "| registration, %,d accounts, synchronous=FULL, its password check "
                                    + "included (the first 200 not counted) | %.2f | %.2f | %.2f |",
                            app.accounts.count(), percentile(measured, 50), percentile(measured, 99),
                            percentile(measured, 100)),
                    String.format(Locale.ROOT, "| the password check alone (nbvcxz's estimate), the same passwords "
                                    + "| %.2f | %.2f | %.2f |", percentile(checked, 50), percentile(checked, 99),
                            percentile(checked, 100)),
                    "");
            BenchmarkReport.section("5-registration", "Registration latency", report);
            System.out.println(report);
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }
}
