package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.ImportProgress;
import com.licensedesk.catalog.ImportReport;
import com.licensedesk.session.Actor;
import com.licensedesk.testing.Fixtures;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * カタログの取り込み at a million keys: the desk's import (the importer the screen runs, with its progress callback)
 * into a new database, against the floor of the sqlite3 command line's {@code .import} of the same file into a table
 * of the same columns and unique key (or, without sqlite3, a plain JDBC prepared batch). Alternating runs, medians.
 * Its table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
class CatalogImportBenchmark {
    private static final int ROWS = Integer.getInteger("benchmark.catalog.rows", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int LARGEST = Integer.getInteger("benchmark.catalog.largest", 1_000_000);
    private static final String[] PRODUCTS = {"Hoshizora Endpoint Guard", "Kasumi Cloud Mail Protect",
        "Tsubasa Server Defense", "Shizuku Mobile Security", "Hotaru Web Gateway"};
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The floor's table: the catalogue file's columns, its key unique, and the expiry index the desk keeps. */
    static final String FLOOR_TABLE = "CREATE TABLE catalog_key (product_key VARCHAR(40) NOT NULL PRIMARY KEY, "
            + "product VARCHAR(200) NOT NULL, package_name VARCHAR(300), seats INTEGER NOT NULL, "
            + "expires DATE NOT NULL, license_type VARCHAR(10) NOT NULL, console_url VARCHAR(500)); "
            + "CREATE INDEX catalog_key_expiry ON catalog_key (expires, product, product_key);";

    @Test
    void importAMillionKeys() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "benchmark", "catalog-import"));
        Path csv = work.resolve("catalogue-" + ROWS + ".csv");
        if (!Files.exists(csv)) {
            write(csv, ROWS);
        }
        boolean cli = sqlite3Available();
        long[] ours = new long[RUNS];
        long[] again = new long[RUNS];
        long[] floor = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            floor[run] = cli ? sqlite3Import(work, csv) : jdbcImport(work, csv);
            long[] both = desksImport(work.resolve("desk-" + run), csv);
            ours[run] = both[0];
            again[run] = both[1];
        }
        double oursMs = median(ours);
        double floorMs = median(floor);
        String report = String.join("\n",
                "| what | median s | runs s |",
                "|---|---|---|",
                row("desk import, " + String.format(Locale.ROOT, "%,d", ROWS) + " keys, new database", ours),
                row("desk import of the same file again (nothing changes)", again),
                row(cli ? "floor: sqlite3 .import of the same file" : "floor: plain JDBC prepared batch", floor),
                "",
                String.format(Locale.ROOT, "Throughput against the floor: %.2fx (%,.0f keys/s against %,.0f keys/s).",
                        floorMs / oursMs, ROWS / (oursMs / 1000), ROWS / (floorMs / 1000)),
                "") ;
        BenchmarkReport.section("3-catalog-import", "Catalogue import", report);
        System.out.println(report);
    }

    /**
     * Cost per row from 10,000 keys up (to 10,000,000 with {@code -Dbenchmark.catalog.largest=10000000}), against the
     * floor at each size; and the peak resident memory of the command line's import of the million keys, in a process
     * of its own, with the JVM's defaults and with the packaged launcher's options.
     */
    @Test
    void costPerRowAndMemory() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "benchmark", "catalog-import"));
        boolean cli = sqlite3Available();
        List<String> lines = new ArrayList<>();
        lines.add("| keys | desk import µs per key | floor µs per key | ratio | plain JDBC upsert in WAL, µs per key |");
        lines.add("|---|---|---|---|---|");
        for (int rows = 10_000; rows <= LARGEST; rows *= 10) {
            Path csv = work.resolve("catalogue-" + rows + ".csv");
            if (!Files.exists(csv)) {
                write(csv, rows);
            }
            int runs = rows <= 100_000 ? 3 : 1;
            long[] ours = new long[runs];
            long[] floor = new long[runs];
            long[] wal = new long[runs];
            for (int run = 0; run < runs; run++) {
                floor[run] = cli ? sqlite3Import(work, csv) : jdbcImport(work, csv);
                ours[run] = importOnce(work.resolve("desk-size"), csv, rows);
                wal[run] = walUpsert(work, csv);
            }
            lines.add(String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.2fx | %.2f |", rows,
                    median(ours) * 1000 / rows, median(floor) * 1000 / rows, median(floor) / median(ours),
                    median(wal) * 1000 / rows));
        }
        lines.add("");
        lines.add("| command-line import of 1,000,000 keys, own process | s | peak RSS MB |");
        lines.add("|---|---|---|");
        Path csv = work.resolve("catalogue-1000000.csv");
        if (!Files.exists(csv)) {
            write(csv, 1_000_000);
        }
        // The packaged launcher's options (packaging/java-options) against the JVM's defaults.
        List<String> shipped = List.of(Files.readString(Path.of("packaging", "java-options")).trim().split("\\s+"));
        for (List<String> options : List.of(List.<String>of(), shipped)) {
            long[] measured = commandLineImport(work.resolve("desk-cli"), csv, options);
            lines.add(String.format(Locale.ROOT, "| JVM options: %s | %.1f | %d |",
                    options.isEmpty() ? "the defaults" : "the packaged launcher's, `" + String.join(" ", options) + "`",
                    measured[0] / 1e9, measured[1] / 1024));
        }
        String report = String.join("\n", lines) + "\n\nFloor: " + (cli ? "sqlite3 `.import`" : "plain JDBC batch")
                + " of the same file into a table of the same shape (a rollback journal, SQLite's defaults). Plain "
                + "JDBC upsert: the desk's way before it wrote in key order, without the desk: the rows in the "
                + "file's order, split by String.split, prepared upserts in batches of 5,000 in one transaction, "
                + "WAL, a 64 MB cache. Machine memory: "
                + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ") + ".\n";
        BenchmarkReport.section("3-catalog-import-scale", "Catalogue import: cost per key and memory", report);
        System.out.println(report);
    }

    private static long importOnce(Path home, Path csv, int rows) throws IOException {
        deleteTree(home);
        try (LicenseDesk app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(),
                "licensedesk.demo", "false"), Map.of(), home), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            long start = System.nanoTime();
            ImportReport report = app.catalogImporter.importFile(csv, ImportProgress.NONE, Actor.system("benchmark"));
            long took = System.nanoTime() - start;
            if (report.counts().added() != rows || report.hasErrors()) {
                throw new IllegalStateException("Unexpected import: " + report.counts());
            }
            return took;
        }
    }

    /** {nanoseconds, peak resident KiB} of {@code license-desk catalog import} in a JVM of its own. */
    private static long[] commandLineImport(Path home, Path csv, List<String> options) throws Exception {
        deleteTree(home);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), Main.class.getName(), "catalog", "import", csv.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LICENSEDESK_HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException ended) {
                break;
            }
            Thread.sleep(50);
        }
        long took = System.nanoTime() - start;
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The command-line import failed: " + command);
        }
        return new long[] {took, peak};
    }

    /** A new desk database, the import as the screen runs it, then the same file again. */
    private static long[] desksImport(Path home, Path csv) throws IOException {
        deleteTree(home);
        try (LicenseDesk app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(),
                "licensedesk.demo", "false"), Map.of(), home), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            long[] lines = new long[1];
            ImportProgress progress = new ImportProgress() {
                @Override
                public void read(long line, long bytes) {
                    lines[0] = line;
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
            long start = System.nanoTime();
            ImportReport first = app.catalogImporter.importFile(csv, progress, Actor.system("benchmark"));
            long fresh = System.nanoTime() - start;
            if (first.counts().added() != ROWS || first.hasErrors()) {
                throw new IllegalStateException("Unexpected import: " + first.counts());
            }
            start = System.nanoTime();
            ImportReport second = app.catalogImporter.importFile(csv, progress, Actor.system("benchmark"));
            long unchanged = System.nanoTime() - start;
            if (second.counts().unchanged() != ROWS) {
                throw new IllegalStateException("Unexpected re-import: " + second.counts());
            }
            return new long[] {fresh, unchanged};
        }
    }

    private static long sqlite3Import(Path work, Path csv) throws Exception {
        Path db = work.resolve("floor.db");
        Files.deleteIfExists(db);
        run(List.of("sqlite3", db.toString(), FLOOR_TABLE));
        long start = System.nanoTime();
        run(List.of("sqlite3", db.toString(), ".mode csv", ".import --skip 1 " + csv + " catalog_key"));
        return System.nanoTime() - start;
    }

    private static long jdbcImport(Path work, Path csv) throws Exception {
        Path db = work.resolve("floor-jdbc.db");
        Files.deleteIfExists(db);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String statement : FLOOR_TABLE.split(";\\s*")) {
                connection.createStatement().execute(statement);
            }
            return timedBatches(connection, "INSERT INTO catalog_key VALUES (?, ?, ?, ?, ?, ?, ?)", csv);
        }
    }

    /**
     * What the desk's import did before it wrote keys in order, without the desk: the file's rows as prepared upserts
     * in batches of 5,000, one transaction, in WAL mode with a 64 MB cache. Shows what keys in the file's order cost
     * SQLite as the catalogue grows.
     */
    private static long walUpsert(Path work, Path csv) throws Exception {
        Path db = work.resolve("floor-wal.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                for (String table : FLOOR_TABLE.split(";\\s*")) {
                    statement.execute(table);
                }
                statement.execute("PRAGMA cache_size=-65536");
            }
            return timedBatches(connection, "INSERT INTO catalog_key VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                    + "(product_key) DO UPDATE SET product = excluded.product, package_name = excluded.package_name, "
                    + "seats = excluded.seats, expires = excluded.expires, license_type = excluded.license_type, "
                    + "console_url = excluded.console_url WHERE product IS NOT excluded.product OR package_name IS "
                    + "NOT excluded.package_name OR seats IS NOT excluded.seats OR expires IS NOT excluded.expires "
                    + "OR license_type IS NOT excluded.license_type OR console_url IS NOT excluded.console_url", csv);
        }
    }

    /** Nanoseconds to run {@code sql} for each row of the file, its seven cells bound, in batches of 5,000; one commit. */
    private static long timedBatches(Connection connection, String sql, Path csv) throws Exception {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(sql);
             var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            int[] batch = new int[1];
            lines.skip(1).forEach(line -> {
                String[] cells = line.split(",", -1);
                try {
                    for (int i = 0; i < 7; i++) {
                        statement.setString(i + 1, cells[i]);
                    }
                    statement.addBatch();
                    if (++batch[0] % 5_000 == 0) {
                        statement.executeBatch();
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            statement.executeBatch();
        }
        connection.commit();
        return System.nanoTime() - start;
    }

    static boolean sqlite3Available() {
        try {
            return new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + ": " + output);
        }
    }

    /** The vendor's catalogue as it would come: distinct keys, five products, expiries over a year. */
    static void write(Path csv, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("key,product,package,seats,expires,license_type,console_url\n");
            for (int i = 0; i < rows; i++) {
                long value = i * 7L + 3;
                StringBuilder key = new StringBuilder("BM-");
                for (int g = 0; g < 16; g++) {
                    if (g > 0 && g % 4 == 0) {
                        key.append('-');
                    }
                    key.append(LETTERS.charAt((int) (value % 32)));
                    value /= 32;
                }
                String product = PRODUCTS[i % PRODUCTS.length];
                out.write(String.format(Locale.ROOT, "%s,%s,%s Standard,%d,2027-%02d-%02d,FULL,"
                        + "https://console.example.com/\n", key, product, product, 1 + i % 50, 1 + i % 12,
                        1 + i % 28));
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String row(String what, long[] nanos) {
        List<String> each = new ArrayList<>();
        for (long n : nanos) {
            each.add(String.format(Locale.ROOT, "%.1f", n / 1e9));
        }
        return String.format(Locale.ROOT, "| %s | %.1f | %s |", what, median(nanos) / 1000, String.join(" / ", each));
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
