package com.licensedesk.store;

import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.PrecomputedHasher;
import com.licensedesk.testing.TestDesk;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A registration's database part at 100,000 accounts with SQLite's synchronous=FULL (what the application ships) and
 * NORMAL, on two copies of the database the registration benchmark made (`RegistrationBenchmark` first), alternating
 * blocks of 100 registrations; the password hash is computed beforehand. Beside them the floors a commit cannot go
 * under: one row committed by SQLite alone, and an append with fdatasync on this disk. Its table goes into
 * target/benchmark/sections/5-registration-sync.md, which the app's benchmarks gather into report.md.
 */
@Tag("benchmark")
class SynchronousSettingBenchmark {
    private static final int BLOCKS = 20;
    private static final int PER_BLOCK = 100;
    private static final int PACED = 500;
    private static final int FLOOR_COMMITS = 2_000;
    private static final int FLOOR_WARM_UP = 200;

    @Test
    void fullAgainstNormal() throws Exception {
        Path source = Path.of("target", "benchmark", "registration-copy", "license-desk.db");
        if (!Files.exists(source)) {
            throw new IllegalStateException("Run RegistrationBenchmark first: it makes " + source);
        }
        Path work = Files.createDirectories(Path.of("target", "benchmark", "synchronous"));
        Path fullFile = Files.copy(source, work.resolve("full.db"), StandardCopyOption.REPLACE_EXISTING);
        Path normalFile = Files.copy(source, work.resolve("normal.db"), StandardCopyOption.REPLACE_EXISTING);
        Clock clock = Clock.systemDefaultZone();
        PasswordHasher precomputed = new PrecomputedHasher();
        GeneratedCustomers generated = new GeneratedCustomers(93, LocalDate.now(clock));
        int first = 20 * 100_000;
        List<Long> full = new ArrayList<>();
        List<Long> normal = new ArrayList<>();
        List<Long> paced = new ArrayList<>();
        try (TestStore durable = new TestStore(Database.open("jdbc:sqlite:" + fullFile, true));
             TestStore fast = new TestStore(Database.open("jdbc:sqlite:" + normalFile, false))) {
            List<com.licensedesk.catalog.CatalogEntry> keys = new ArrayList<>();
            for (int i = first; i < first + BLOCKS * PER_BLOCK * 2 + PACED; i++) {
                keys.add(generated.entry(i, 0));
            }
            durable.catalog.save(keys);
            fast.catalog.save(keys);
            RegistrationService fullService = service(durable, work, precomputed, clock);
            RegistrationService normalService = service(fast, work, precomputed, clock);
            int next = first;
            for (int block = 0; block < BLOCKS; block++) {
                for (int i = 0; i < PER_BLOCK; i++) {
                    full.add(time(fullService, generated, next++, clock));
                }
                for (int i = 0; i < PER_BLOCK; i++) {
                    normal.add(time(normalService, generated, next++, clock));
                }
            }
            // At a pace nearer a desk's, which leaves the checkpoints their moments between commits.
            for (int i = 0; i < PACED; i++) {
                paced.add(time(fullService, generated, next++, clock));
                Thread.sleep(20);
            }
        }
        // The floors: what one commit costs this disk and SQLite with nothing of the desk's around it.
        List<Long> diskSmall = diskSync(work.resolve("disk-floor"), 4096);
        List<Long> diskLarge = diskSync(work.resolve("disk-floor"), 65536);
        List<Long> sqliteFull = oneRowCommits(work.resolve("floor-full.db"), "FULL");
        List<Long> sqliteNormal = oneRowCommits(work.resolve("floor-normal.db"), "NORMAL");
        // The first two blocks of each warm the JVM and the caches.
        String report = String.join("\n",
                "| registration, database part, ~102,000 accounts | p50 ms | p99 ms | slowest ms |",
                "|---|---|---|---|",
                row("synchronous=FULL (shipped)", full.subList(2 * PER_BLOCK, full.size())),
                row("synchronous=NORMAL", normal.subList(2 * PER_BLOCK, normal.size())),
                row("synchronous=FULL, one registration every 20 ms (" + PACED + ")", paced),
                row("floor: plain JDBC, one row in a new WAL database, commit with synchronous=FULL",
                        sqliteFull.subList(FLOOR_WARM_UP, sqliteFull.size())),
                row("floor: plain JDBC, one row in a new WAL database, commit with synchronous=NORMAL",
                        sqliteNormal.subList(FLOOR_WARM_UP, sqliteNormal.size())),
                row("floor: this disk, append 4 KiB and fdatasync",
                        diskSmall.subList(FLOOR_WARM_UP, diskSmall.size())),
                row("floor: this disk, append 64 KiB and fdatasync",
                        diskLarge.subList(FLOOR_WARM_UP, diskLarge.size())),
                "",
                BLOCKS * PER_BLOCK + " registrations each, in alternating blocks of " + PER_BLOCK
                        + "; the first 200 of each not counted. Floors: " + FLOOR_COMMITS
                        + " commits or appends each, the first " + FLOOR_WARM_UP + " not counted.",
                "");
        Path sections = Files.createDirectories(Path.of("target", "benchmark", "sections"));
        Files.writeString(sections.resolve("5-registration-sync.md"),
                "## Registration latency: synchronous=FULL against NORMAL\n\n" + report);
        System.out.println(report);
    }

    /** Each of {@link #FLOOR_COMMITS} transactions that insert one row, on SQLite with nothing else, timed. */
    private static List<Long> oneRowCommits(Path file, String synchronous) throws Exception {
        Files.deleteIfExists(file);
        List<Long> each = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=" + synchronous);
            statement.execute("CREATE TABLE floor (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO floor (note) VALUES (?)")) {
                for (int i = 0; i < FLOOR_COMMITS; i++) {
                    long start = System.nanoTime();
                    insert.setString(1, "commit " + i);
                    insert.executeUpdate();
                    connection.commit();
                    each.add(System.nanoTime() - start);
                }
            }
        }
        return each;
    }

    /** Each of {@link #FLOOR_COMMITS} appends of {@code bytes} to a file, each followed by fdatasync, timed. */
    private static List<Long> diskSync(Path file, int bytes) throws Exception {
        Files.deleteIfExists(file);
        List<Long> each = new ArrayList<>();
        ByteBuffer block = ByteBuffer.allocate(bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < FLOOR_COMMITS; i++) {
                long start = System.nanoTime();
                block.clear();
                while (block.hasRemaining()) {
                    channel.write(block);
                }
                channel.force(false);
                each.add(System.nanoTime() - start);
            }
        }
        Files.delete(file);
        return each;
    }

    private static RegistrationService service(TestStore store, Path home, PasswordHasher hasher, Clock clock) {
        return TestDesk.services(store, home, clock, options -> options.hasher(hasher)).registration;
    }

    private static long time(RegistrationService service, GeneratedCustomers generated, int i, Clock clock) {
        var request = generated.customer(i, clock.instant());
        long start = System.nanoTime();
        service.register(request);
        return System.nanoTime() - start;
    }

    private static String row(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", what, at(sorted, 50), at(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)] / 1e6;
    }
}
