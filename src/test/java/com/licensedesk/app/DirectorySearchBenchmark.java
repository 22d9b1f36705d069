package com.licensedesk.app;

import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.domain.SearchText;
import com.licensedesk.session.Acting;
import com.licensedesk.testing.GeneratedCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 顧客一覧 at scale: 100,000 customers with 300,000 licences, each kind of term typed as a clerk would, p50 and p99
 * per query, and opening a customer; beside them, as the floor, the same LIKE on the same column with the same ORDER BY
 * and LIMIT over one plain JDBC connection: the page of ids a hand-written query would read, which is the least any
 * directory in list order must do; and the desk's own statement written by hand on that connection, reading the
 * page's rows with every column the list shows, which tells the cost of the rows from the cost of jOOQ. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=DirectorySearchBenchmark}; the data is made once under
 * target/benchmark and the table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
class DirectorySearchBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    private static final int QUERIES = 300;
    private static final String[] READINGS = {"さくら", "とうきょう", "おおさか", "ほっかい", "みどり", "にほん", "ふじ",
        "あおば", "ちゅうおう", "あさひ", "ほしぞら", "わかば", "ひかり", "しんせい", "うみかぜ", "やまだ", "みなと"};

    @Test
    void searchAndOpenAtScale() throws Exception {
        Path home = BenchmarkDesk.home(CUSTOMERS);
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        long built = System.nanoTime();
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, clock)) {
            double buildSeconds = (System.nanoTime() - built) / 1e9;
            List<CustomerSummary> sample = app.directory.search(List.of(), 1_000, today, stop -> { });
            Random random = new Random(7);
            List<String> lines = new ArrayList<>();
            lines.add("| term | p50 ms | p99 ms | floor p50 ms | floor p99 ms | ratio p50 | ratio p99 "
                    + "| the page's rows over plain JDBC, p50 ms | its ratio p50 |");
            lines.add("|---|---|---|---|---|---|---|---|---|");
            Path file = home.resolve("license-desk.db");
            try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                row(lines, "common kana おお", app, jdbc, today, i -> "おお");
                row(lines, "kana (hiragana reading)", app, jdbc, today,
                        i -> READINGS[random.nextInt(READINGS.length)]);
                row(lines, "company name (kanji)", app, jdbc, today,
                        i -> sample.get(random.nextInt(sample.size())).companyName().replace("株式会社", ""));
                row(lines, "phone digits", app, jdbc, today,
                        i -> sample.get(random.nextInt(sample.size())).phone());
                row(lines, "mail address", app, jdbc, today, i -> "c" + random.nextInt(CUSTOMERS) + "@example");
                row(lines, "product key (lower case, no hyphens)", app, jdbc, today, i -> GeneratedCustomers
                        .key(random.nextInt(CUSTOMERS), random.nextInt(3)).toLowerCase(Locale.ROOT).replace("-", ""));
                row(lines, "login ID", app, jdbc, today,
                        i -> sample.get(random.nextInt(sample.size())).loginId());
            }
            long[] open = new long[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                long id = sample.get(random.nextInt(sample.size())).accountId();
                long start = System.nanoTime();
                app.directory.find(id, today);
                app.licences.forAccount(id);
                app.companies.details(id);
                app.accounts.user(id);
                open[i] = System.nanoTime() - start;
            }
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Opening a customer (directory row, licences, company, user): "
                    + "p50 %.2f ms, p99 %.2f ms.", percentile(open, 50), percentile(open, 99)));
            lines.add(String.format(Locale.ROOT, "%,d customers, %,d licences; data made or opened in %.0f s.",
                    app.accounts.count(), countLicences(file), buildSeconds));
            String report = String.join("\n", lines) + "\n";
            BenchmarkReport.section("1-directory", String.format(Locale.ROOT, "顧客一覧 search, %,d customers",
                    CUSTOMERS), report);
            System.out.println(report);
        }
    }

    private static void row(List<String> lines, String kind, LicenseDesk app, Connection jdbc, LocalDate today,
                            IntFunction<String> typed) throws Exception {
        long[] ours = new long[QUERIES];
        long[] floor = new long[QUERIES];
        long[] rowsRead = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            List<String> terms = SearchText.terms(typed.apply(i));
            String column = terms.stream().allMatch(term -> term.chars().anyMatch(c -> c > 0x7f)) ? "name_text"
                    : "search_text";
            String matching = " from customer_index where "
                    + String.join(" and ", terms.stream().map(term -> column + " like ? escape '!'").toList())
                    + " order by sort_key, account_id limit 200";
            // The three take turns at going first, so that none always finds the pages the one before it read.
            for (int turn = 0; turn < 3; turn++) {
                switch ((i + turn) % 3) {
                    case 0 -> {
                        long start = System.nanoTime();
                        app.directory.search(terms, 200, today, stop -> { });
                        ours[i] = System.nanoTime() - start;
                    }
                    case 1 -> {
                        // The floor: the page's ids, the least a list in this order reads.
                        long start = System.nanoTime();
                        read(jdbc, "select account_id" + matching, terms);
                        floor[i] = System.nanoTime() - start;
                    }
                    default -> {
                        // The desk's own statement by hand: the page's rows with every column the list shows.
                        long start = System.nanoTime();
                        read(jdbc, "select i.account_id, i.login_id, i.contact_name, i.phone_area, "
                                + "i.phone_number, i.company_name, i.company_name_kana, i.licence_expiries from "
                                + "(select account_id, sort_key" + matching + ") page join customer_index i on "
                                + "i.account_id = page.account_id where i.company_name is not null "
                                + "order by page.sort_key, page.account_id", terms);
                        rowsRead[i] = System.nanoTime() - start;
                    }
                }
            }
        }
        double p50 = percentile(ours, 50);
        double p99 = percentile(ours, 99);
        double floorP50 = percentile(floor, 50);
        double floorP99 = percentile(floor, 99);
        double rowsP50 = percentile(rowsRead, 50);
        lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2fx | %.2fx | %.1f | %.2fx |",
                kind, p50, p99, floorP50, floorP99, p50 / floorP50, p99 / floorP99, rowsP50, rowsP50 / floorP50));
    }

    /** Runs {@code sql} with the terms bound as LIKE patterns and reads every column of every row. */
    private static void read(Connection jdbc, String sql, List<String> terms) throws Exception {
        try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
            for (int t = 0; t < terms.size(); t++) {
                statement.setString(t + 1, "%" + terms.get(t).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        }
    }

    private static long countLicences(Path file) throws Exception {
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             ResultSet rows = jdbc.createStatement().executeQuery("select count(*) from licence")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
