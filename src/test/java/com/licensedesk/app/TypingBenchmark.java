package com.licensedesk.app;

import com.licensedesk.directory.Cancellation;
import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.directory.Directory;
import com.licensedesk.directory.DirectoryViewModel;
import com.licensedesk.domain.SearchText;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 顧客一覧 while a clerk types: a key every 150 ms into the search field of the directory's view model, on the FX
 * thread with the window's own task runner, at 100,000 customers; from the last key to the list showing that query's
 * results. Beside it, the floor: one round trip to the FX thread and back, the least any screen answers in. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=TypingBenchmark}; the table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
class TypingBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    private static final long KEY_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    private static final int BURSTS = 60;
    private static final int WARM_UP = 10;
    private static final String[] READINGS = {"さくら", "とうきょう", "おおさか", "ほっかい", "みどり", "にほん", "ちゅうおう",
        "あさひ", "ほしぞら", "わかば", "ひかり", "しんせい", "やまだ", "みなと"};

    /** The terms of the search that finished last, as the directory was asked for them. */
    private volatile List<String> lastFinished = List.of();

    @Test
    void lastKeyToResultsWhileTypingEvery150Ms() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException started) {
            // Another benchmark in this JVM started it.
        }
        Clock clock = Clock.systemDefaultZone();
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, clock)) {
            Directory watched = watching(app.directory);
            FxTasks tasks = new FxTasks(app.background, app.stopping);
            Session session = new Session();
            session.signInStaff(new StaffMember(1, "bench", "Bench", Role.ADMIN));
            DirectoryViewModel directory = onFx(() -> {
                DirectoryViewModel made = new DirectoryViewModel(watched, session, tasks, new AnsweringDialogs(),
                        Fixtures.JAPANESE, clock, 30, row -> { }, () -> { });
                made.shown();
                return made;
            });
            List<CustomerSummary> sample = app.directory.search(List.of(), 1_000, LocalDate.now(clock),
                    stop -> { });
            Random random = new Random(11);
            List<String> lines = new ArrayList<>();
            lines.add("| typed | keys per burst | last key to results p50 ms | p99 ms | max ms |");
            lines.add("|---|---|---|---|---|");
            long[] all = new long[0];
            String[] kinds = {"kana reading", "phone digits", "login ID"};
            for (String kind : kinds) {
                long[] lags = new long[BURSTS];
                int keys = 0;
                for (int b = -WARM_UP; b < BURSTS; b++) {
                    CustomerSummary someone = sample.get(random.nextInt(sample.size()));
                    String word = switch (kind) {
                        case "kana reading" -> READINGS[random.nextInt(READINGS.length)];
                        case "phone digits" -> someone.phone().replace("-", "").substring(0, 7);
                        default -> someone.loginId().substring(0, Math.min(7, someone.loginId().length()));
                    };
                    keys = word.length();
                    long lag = burst(directory, word);
                    if (b >= 0) {
                        lags[b] = lag;
                    }
                }
                lines.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |", kind, keys,
                        percentile(lags, 50), percentile(lags, 99), percentile(lags, 100)));
                all = concat(all, lags);
            }
            long[] trips = new long[200];
            for (int i = 0; i < trips.length; i++) {
                long start = System.nanoTime();
                onFx(() -> true);
                trips[i] = System.nanoTime() - start;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            lines.add(String.format(Locale.ROOT, "| every burst | | %.0f | %.0f | %.0f |", percentile(all, 50),
                    percentile(all, 99), percentile(all, 100)));
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Floor: one FX round trip, p50 %.2f ms, p99 %.2f ms. Goal: p99 < 150 ms "
                    + "at %,d customers: %s.", percentile(trips, 50), percentile(trips, 99), CUSTOMERS,
                    percentile(all, 99) < 150 ? "met" : String.format(Locale.ROOT, "missed by %.0f ms",
                            percentile(all, 99) - 150)));
            lines.add("The lag holds the pause the field waits for before it searches; a key every 150 ms is slower "
                    + "than that, so each key starts a search and the next key stops it.");
            String report = String.join("\n", lines) + "\n";
            BenchmarkReport.section("1b-typing", String.format(Locale.ROOT, "顧客一覧 while typing, %,d customers",
                    CUSTOMERS), report);
            System.out.println(report);
        }
    }

    /** Types {@code word} a character every 150 ms and waits for its results: the nanoseconds after the last key. */
    private long burst(DirectoryViewModel directory, String word) throws Exception {
        onFx(() -> {
            directory.query().set("");
            return true;
        });
        settle(directory, List.of());
        List<String> finalTerms = SearchText.terms(word);
        CountDownLatch shown = new CountDownLatch(1);
        long[] lastKey = new long[1];
        ListChangeListener<DirectoryViewModel.Row> listener = change -> {
            if (lastKey[0] != 0 && lastFinished.equals(finalTerms)) {
                shown.countDown();
            }
        };
        onFx(() -> {
            directory.rows().addListener(listener);
            return true;
        });
        long next = System.nanoTime();
        for (int i = 1; i <= word.length(); i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            String typed = word.substring(0, i);
            boolean last = i == word.length();
            Platform.runLater(() -> {
                if (last) {
                    lastKey[0] = System.nanoTime();
                }
                directory.query().set(typed);
            });
            next += KEY_NANOS;
        }
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No results for " + word);
        }
        long lag = System.nanoTime() - lastKey[0];
        onFx(() -> {
            directory.rows().removeListener(listener);
            return true;
        });
        return lag;
    }

    /** Waits until the search for {@code terms} has finished and its results are shown. */
    private void settle(DirectoryViewModel directory, List<String> terms) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(lastFinished.equals(terms) && onFx(() -> !directory.busy().get()))) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The directory did not settle");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }

    private Directory watching(Directory directory) {
        return new Directory() {
            @Override
            public List<CustomerSummary> search(List<String> foldedTerms, int limit, LocalDate today,
                                                Cancellation cancellation) {
                List<CustomerSummary> found = directory.search(foldedTerms, limit, today, cancellation);
                lastFinished = List.copyOf(foldedTerms);
                return found;
            }

            @Override
            public Optional<CustomerSummary> find(long accountId, LocalDate today) {
                return directory.find(accountId, today);
            }

            @Override
            public List<CustomerSummary> sameCompany(String foldedName, String postalCode, String phoneDigits,
                                                     Optional<String> mailDomain, LocalDate today) {
                return directory.sameCompany(foldedName, postalCode, phoneDigits, mailDomain, today);
            }

            @Override
            public List<CustomerSummary> all(LocalDate today) {
                return directory.all(today);
            }
        };
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }
}
