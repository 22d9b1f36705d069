package com.licensedesk.app;

import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.store.JooqSignInAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sign-in and password-reset lookups at 100,000 accounts: the lockout's reading of a login's failures with no history
 * and after 20,000 old failures, and finding an account by mail address, against the floor of reading an account by
 * its id. Its table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
class LookupBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    private static final int QUERIES = 2_000;

    @Test
    void lookupsStayFlat() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, clock)) {
            JooqSignInAttempts attempts = new JooqSignInAttempts(app.database);
            String attacked = "bench.attacked." + System.nanoTime();
            Instant now = clock.instant();
            app.database.inTransaction(() -> {
                for (int i = 0; i < 20_000; i++) {
                    attempts.record(attacked, now.minus(Duration.ofMinutes(30 + i)), SignInAttempts.Outcome.FAILED);
                }
            });
            Instant window = now.minus(Duration.ofMinutes(15));
            long[] fresh = time(i -> attempts.recentFailures("bench.nobody." + i, window));
            long[] history = time(i -> attempts.recentFailures(attacked, window));
            Random random = new Random(3);
            long[] byMail = time(i -> app.accounts.findByEmail("C" + random.nextInt(CUSTOMERS) + "@Example-"
                    + random.nextInt(997) + ".co.jp"));
            long[] byId = time(i -> app.accounts.of(1 + random.nextInt(CUSTOMERS)));
            List<String> lines = new ArrayList<>();
            lines.add("| lookup | p50 ms | p99 ms | floor | ratio p50 |");
            lines.add("|---|---|---|---|---|");
            lines.add(row("lockout: a login's failures, no history", fresh, null, ""));
            lines.add(row("lockout: a login's failures after 20,000 old ones", history, fresh,
                    "the same, no history"));
            lines.add(row(String.format(Locale.ROOT, "reset: account by mail address (any case), %,d accounts",
                    app.accounts.count()), byMail, byId, "account by id"));
            String report = String.join("\n", lines) + "\n";
            BenchmarkReport.section("4-lookups", "Sign-in and reset lookups", report);
            System.out.println(report);
        }
    }

    private static long[] time(java.util.function.IntConsumer lookup) {
        for (int i = 0; i < 200; i++) {
            lookup.accept(i);
        }
        long[] each = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            lookup.accept(i);
            each[i] = System.nanoTime() - start;
        }
        return each;
    }

    private static String row(String what, long[] ours, long[] floor, String floorName) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s | %s |", what, percentile(ours, 50),
                percentile(ours, 99), floor == null ? "" : String.format(Locale.ROOT, "%s: %.3f", floorName,
                        percentile(floor, 50)),
                floor == null ? "" : String.format(Locale.ROOT, "%.2fx", percentile(ours, 50) / percentile(floor, 50)));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }
}
