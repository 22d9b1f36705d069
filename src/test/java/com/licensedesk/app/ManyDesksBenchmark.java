package com.licensedesk.app;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.settings.Settings;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.Postgres;
import com.licensedesk.testing.PrecomputedHasher;
import com.licensedesk.registration.RegistrationRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1, 2, 4 and 8 desks on one PostgreSQL (fsync and synchronous_commit on), each registering in a thread of its own
 * at the same time: registrations per second all together, one registration's p50 and p99 (the database part: the
 * requests made and the password hashed beforehand, though the service still checks the password's strength: the
 * benchmark times that apart), and the scaling from one desk. The floor, in the same run on the same server:
 * {@code pgbench} with as many clients, each transaction writing the rows a registration writes (counted in this
 * run, table by table) with a key's lookup and update, committed once. Also how long a desk takes to open on
 * PostgreSQL: the first (it migrates a new database) and the others. Needs {@code pgbench} on the PATH.
 */
@Tag("benchmark")
class ManyDesksBenchmark {
    private static final int[] DESKS = {1, 2, 4, 8};
    private static final int REGISTRATIONS = 1_200;
    private static final int WARM = 40;
    private static final int FLOOR_KEYS = 100_000;
    /** The password's hash made once: what is timed is the database part. */
    private static final PrecomputedHasher HASHED = new PrecomputedHasher();

    @Test
    void desksRegisterAtOnceAgainstPgbench(@TempDir Path temp) throws Exception {
        String server = null;
        List<String> lines = new ArrayList<>();
        lines.add("| desks at once | registrations/s | p50 ms | p99 ms | scaling | floor: pgbench clients, tx/s"
                + " | floor p50 ms | floor p99 ms | floor scaling | ratio tx/s | ratio p99 |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        List<Long> firstOpens = new ArrayList<>();
        List<Long> laterOpens = new ArrayList<>();
        double oneDesk = 0;
        double oneClient = 0;
        Map<String, Long> rowsPerRegistration = null;
        for (int desks : DESKS) {
            String database = Postgres.newDurableDatabase();
            server = server == null ? settings(database) : server;
            Round round = desks(temp.resolve("round-" + desks), database, desks, firstOpens, laterOpens);
            if (rowsPerRegistration == null) {
                rowsPerRegistration = round.rowsPerRegistration();
                System.out.println("rows a registration adds, by table: " + rowsPerRegistration);
            }
            Floor floor = pgbench(temp.resolve("pgbench-" + desks), Postgres.newDurableDatabase(), desks,
                    rowsPerRegistration.values().stream().mapToLong(Long::longValue).sum());
            if (desks == 1) {
                oneDesk = round.perSecond();
                oneClient = floor.perSecond();
            }
            lines.add(String.format(Locale.ROOT,
                    "| %d | %.0f | %.2f | %.2f | %.2fx | %.0f | %.2f | %.2f | %.2fx | %.2fx | %.2fx |", desks,
                    round.perSecond(), round.p50(), round.p99(), round.perSecond() / oneDesk, floor.perSecond(),
                    floor.p50(), floor.p99(), floor.perSecond() / oneClient, round.perSecond() / floor.perSecond(),
                    round.p99() / floor.p99()));
            System.out.println(lines.get(lines.size() - 1));
        }
        long rows = rowsPerRegistration.values().stream().mapToLong(Long::longValue).sum();
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%,d registrations in each row, after %d on each desk not counted;"
                + " pgbench as many transactions (`pgbench -n -c N -j N -t %,d/N`, after %d not counted), each"
                + " one key read and updated and %d rows of 200 bytes inserted (a registration adds %d rows: %s)."
                + " Server: %s.", REGISTRATIONS, WARM, REGISTRATIONS, WARM, rows, rows, rowsPerRegistration,
                server));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Opening a desk on PostgreSQL: the first on a new database (migrating"
                + " it) median %.0f ms (%d), each other desk median %.0f ms, slowest %.0f ms (%d).",
                median(firstOpens) / 1e6, firstOpens.size(), median(laterOpens) / 1e6,
                Collections.max(laterOpens) / 1e6, laterOpens.size()));
        List<Long> estimates = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long began = System.nanoTime();
            com.licensedesk.auth.PasswordPolicy.problem("Sakura7Desk");
            estimates.add(System.nanoTime() - began);
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Of a registration's time, the service's check of the password's"
                + " strength (nbvcxz, on the CPU, not the database) takes %.2f ms p50 for the password these"
                + " registrations use (600 estimates, the first 100 not counted).",
                median(estimates.subList(100, estimates.size())) / 1e6));
        String table = String.join("\n", lines);
        System.out.println(table);
        BenchmarkReport.section("many-desks", "Desks on one PostgreSQL against pgbench", table);
    }

    /** {@code desks} desks on {@code url}, each registering its share at the same time. */
    private static Round desks(Path homes, String url, int desks, List<Long> firstOpens, List<Long> laterOpens)
            throws Exception {
        List<LicenseDesk> open = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            Path home = homes.resolve("desk" + d);
            long began = System.nanoTime();
            open.add(LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(),
                    "licensedesk.db.url", url, "licensedesk.desk.name", "desk-" + d,
                    "licensedesk.secret-key", Fixtures.SECRET_KEY_SETTING), Map.of(), home),
                    Fixtures.CLOCK, HASHED));
            (d == 0 ? firstOpens : laterOpens).add(System.nanoTime() - began);
        }
        int keys = REGISTRATIONS + WARM * desks;
        List<CatalogEntry> catalogue = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            catalogue.add(new CatalogEntry(Fixtures.key(GeneratedCustomers.key(i, 0)), "Bench " + i,
                    Optional.empty(), 1, LocalDate.of(2028, 1, 1), LicenseType.FULL, Optional.empty()));
        }
        open.get(0).catalog.save(catalogue);
        // Each desk's first registrations compile its code paths and fill its pool: not counted.
        for (int d = 0; d < desks; d++) {
            for (int i = 0; i < WARM; i++) {
                int n = REGISTRATIONS + d * WARM + i;
                open.get(d).registration.register(Fixtures.registration(GeneratedCustomers.key(n, 0), "warm_" + n));
            }
        }
        Map<String, Long> before = rowCounts(url);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(desks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        int each = REGISTRATIONS / desks;
        for (int d = 0; d < desks; d++) {
            LicenseDesk app = open.get(d);
            // Made beforehand: a request checks its fields, the password's strength too, as it is made.
            List<RegistrationRequest> requests = new ArrayList<>();
            for (int i = d * each; i < (d + 1) * each; i++) {
                requests.add(Fixtures.registration(GeneratedCustomers.key(i, 0), "bench_" + i));
            }
            runs.add(threads.submit(() -> {
                start.await();
                for (RegistrationRequest request : requests) {
                    long began = System.nanoTime();
                    app.registration.register(request);
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
        open.forEach(LicenseDesk::close);
        Map<String, Long> after = rowCounts(url);
        Map<String, Long> added = new LinkedHashMap<>();
        for (var table : after.entrySet()) {
            long rows = table.getValue() - before.getOrDefault(table.getKey(), 0L);
            if (rows > 0) {
                added.put(table.getKey(), Math.round((double) rows / nanos.size()));
            }
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return new Round(sorted.size() / seconds, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                added);
    }

    /**
     * The floor: {@code clients} pgbench clients, as many transactions in all as the desks registered, each reading
     * and updating a key and inserting {@code rows} rows in one commit.
     */
    private static Floor pgbench(Path folder, String url, int clients, long rows) throws Exception {
        Files.createDirectories(folder);
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE floor_keys (id integer PRIMARY KEY, code text NOT NULL UNIQUE,"
                    + " used integer NOT NULL DEFAULT 0)");
            statement.execute("INSERT INTO floor_keys (id, code) SELECT i, md5(i::text) FROM generate_series(1, "
                    + FLOOR_KEYS + ") i");
            statement.execute("CREATE TABLE floor_rows (id bigserial PRIMARY KEY, key_id integer NOT NULL,"
                    + " body text NOT NULL, written timestamptz NOT NULL DEFAULT now())");
            statement.execute("CREATE INDEX floor_rows_key ON floor_rows (key_id)");
            statement.execute("VACUUM ANALYZE floor_keys");
        }
        StringBuilder script = new StringBuilder("\\set k random(1, " + FLOOR_KEYS + ")\nBEGIN;\n"
                + "SELECT code, used FROM floor_keys WHERE id = :k;\n"
                + "UPDATE floor_keys SET used = used + 1 WHERE id = :k;\n");
        for (long r = 0; r < rows; r++) {
            script.append("INSERT INTO floor_rows (key_id, body) VALUES (:k, repeat('x', 200));\n");
        }
        script.append("COMMIT;\n");
        Path file = Files.writeString(folder.resolve("registration-like.sql"), script, StandardCharsets.UTF_8);
        run(folder, url, file, clients, WARM * clients, "warm");
        String out = run(folder, url, file, clients, REGISTRATIONS, "measured");
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> logs = Files.list(folder)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("measured")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    micros.add(Long.parseLong(line.split(" ")[2]));
                }
            }
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench said no tps:\n" + out);
        }
        Collections.sort(micros);
        return new Floor(Double.parseDouble(tps.group(1)), percentile(micros, 0.50) / 1e3,
                percentile(micros, 0.99) / 1e3);
    }

    private static String run(Path folder, String url, Path script, int clients, int transactions, String prefix)
            throws IOException, InterruptedException {
        URI server = URI.create(url.substring("jdbc:".length()));
        String database = server.getPath().substring(1);
        List<String> command = List.of("pgbench", "-n", "-h", server.getHost(), "-p",
                String.valueOf(server.getPort()), "-U", "postgres", "-f", script.toString(), "-c",
                String.valueOf(clients), "-j", String.valueOf(clients), "-t", String.valueOf(transactions / clients),
                "-l", "--log-prefix=" + folder.resolve(prefix), database);
        Process pgbench = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (pgbench.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        return out;
    }

    /** Rows in each of the desk's tables. */
    private static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT tablename FROM pg_tables"
                    + " WHERE schemaname = current_schema() AND tablename NOT LIKE 'flyway%' ORDER BY tablename")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String settings(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rows = connection.createStatement().executeQuery("SELECT current_setting('fsync'),"
                     + " current_setting('synchronous_commit'), current_setting('server_version')")) {
            rows.next();
            return "PostgreSQL " + rows.getString(3) + ", fsync=" + rows.getString(1) + ", synchronous_commit="
                    + rows.getString(2);
        }
    }

    private static double percentile(List<Long> sorted, double at) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * at)));
    }

    private static double median(List<Long> values) {
        return percentile(values.stream().sorted().toList(), 0.5);
    }

    private record Round(double perSecond, double p50, double p99, Map<String, Long> rowsPerRegistration) {
    }

    private record Floor(double perSecond, double p50, double p99) {
    }
}
