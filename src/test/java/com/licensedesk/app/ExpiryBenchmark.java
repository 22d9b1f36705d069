package com.licensedesk.app;

import com.licensedesk.expiry.ExpiryFilter;
import com.licensedesk.expiry.ExpiryView;
import com.licensedesk.expiry.ExpiryViewModel;
import com.licensedesk.expiry.ExpiryTally;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 期限管理 and renewal reminders over 100,000 customers with 300,000 licences: the dashboard's tiles and chart, its
 * table, scrolling the table a page at a time, and sending the day's reminders over the whole database (on a copy).
 * Its table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ExpiryBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    private static final int RUNS = 11;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** From 期限管理's shown() on the FX thread, with the window's task runner, to its list and tiles shown. */
    private static long openedByTheWindowsWorkers(LicenseDesk app, Session session, Clock clock,
                                                  List<Integer> windows, FxTasks tasks) throws Exception {
        long[] took = new long[1];
        java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> {
            ExpiryViewModel dashboard = new ExpiryViewModel(app.expiryBoard, app.reminders, session, tasks,
                    new AnsweringDialogs(), app.messages, clock, windows, licence -> { });
            long start = System.nanoTime();
            dashboard.loading().addListener((o, was, now) -> {
                if (!now) {
                    took[0] = System.nanoTime() - start;
                    shown.countDown();
                }
            });
            dashboard.shown();
        });
        if (!shown.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new IllegalStateException("期限管理 did not open in two minutes");
        }
        return took[0];
    }

    @Test
    void dashboardAndRemindersAtScale(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        List<String> lines = new ArrayList<>();
        lines.add("| what | median ms | slowest ms | floor (plain JDBC, same query) median ms |");
        lines.add("|---|---|---|---|");
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, clock)) {
            Session session = new Session();
            session.signInStaff(new StaffMember(1, "bench.clerk", "窓口 一郎", Role.CLERK));
            List<Integer> windows = List.of(30, 60, 90);
            LocalDate horizon = ExpiryTally.horizon(today, windows.stream().map(ExpiryFilter.Within::new).toList());
            long[] tiles = new long[RUNS];
            long[] open = new long[RUNS];
            long[] opened = new long[RUNS];
            FxTasks tasks = new FxTasks(app.background, app.stopping);
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                ExpiryTally tally = new ExpiryTally(app.expiryBoard.countsThrough(horizon), today);
                tally.tiles(List.of(new ExpiryFilter.Expired(), new ExpiryFilter.Within(30)), java.util.Optional.empty());
                tally.months(java.util.Optional.empty());
                tiles[i] = System.nanoTime() - start;
                start = System.nanoTime();
                ExpiryViewModel dashboard = new ExpiryViewModel(app.expiryBoard, app.reminders, session,
                        Fixtures.IN_PLACE, new AnsweringDialogs(), app.messages, clock, windows, licence -> { });
                dashboard.shown();
                open[i] = System.nanoTime() - start;
                opened[i] = openedByTheWindowsWorkers(app, session, clock, windows, tasks);
            }
            long[] floor = new long[RUNS];
            Path file = BenchmarkDesk.home(CUSTOMERS).resolve("license-desk.db");
            try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    try (ResultSet rows = jdbc.createStatement().executeQuery("select c.expires, c.product, count(*) "
                            + "from licence l join catalog_key c on c.product_key = l.product_key where c.expires <= '"
                            + horizon + "' group by c.expires, c.product")) {
                        while (rows.next()) {
                            rows.getString(1);
                        }
                    }
                    floor[i] = System.nanoTime() - start;
                }
            }
            lines.add(row("期限管理: tiles and chart (count per day and product, tallied)", tiles, floor));
            lines.add(row("期限管理 opened: tiles, chart and the 30-day table, read one after the other in one thread",
                    open, null));
            lines.add(row("期限管理 opened, as the window opens it: both read at once by its two workers, until shown"
                    + " (FX thread)", opened, null));

            ExpiryViewModel shown = new ExpiryViewModel(app.expiryBoard, app.reminders, session, Fixtures.IN_PLACE,
                    new AnsweringDialogs(), app.messages, clock, windows, licence -> { });
            ViewLoader loader = new ViewLoader(app.messages, type -> new ExpiryView(shown, app.messages));
            robot.interact(() -> {
                stage.setScene(new Scene(loader.load(ExpiryView.class).root(), 1120, 780));
                stage.getScene().getStylesheets().add(
                        ExpiryBenchmark.class.getResource("/css/license-desk.css").toExternalForm());
                stage.show();
                shown.filter().set(new ExpiryFilter.Within(90));
            });
            int rows = shown.rows().size();
            long[] pages = scroll(robot, 420, 300);
            long[] wheel = scroll(robot, 72, 600);
            lines.add(row(String.format(Locale.ROOT, "期限管理 table (%,d rows): a page of scrolling, CSS and layout",
                    rows), pages, null));
            lines.add(row("期限管理 table: a mouse wheel's notch (three rows), CSS and layout", wheel, null));

            Path copy = Files.createDirectories(Path.of("target", "benchmark", "reminders-copy"));
            try (var old = Files.list(copy)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
            app.database.backupTo(copy.resolve("license-desk.db"));
            Path secrets = BenchmarkDesk.home(CUSTOMERS).resolve("secrets.key");
            if (Files.exists(secrets)) {
                Files.copy(secrets, copy.resolve("secrets.key"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (LicenseDesk copy = BenchmarkDesk.open(Path.of("target", "benchmark", "reminders-copy"), CUSTOMERS,
                clock)) {
            long start = System.nanoTime();
            int due = copy.reminders.due().size();
            long dryRun = System.nanoTime() - start;
            start = System.nanoTime();
            var sent = copy.reminders.send(Actor.system("benchmark"));
            long send = System.nanoTime() - start;
            start = System.nanoTime();
            var again = copy.reminders.send(Actor.system("benchmark"));
            long sendAgain = System.nanoTime() - start;
            lines.add(String.format(Locale.ROOT, "| reminders send --dry-run (%,d mails due) | %.0f | | |", due,
                    dryRun / 1e6));
            lines.add(String.format(Locale.ROOT, "| reminders send: %,d mails for %,d licences | %.0f | | |",
                    sent.mails(), sent.licences(), send / 1e6));
            lines.add(String.format(Locale.ROOT, "| reminders send again the same day (%d mails) | %.0f | | |",
                    again.mails(), sendAgain / 1e6));
        }
        lines.add("");
        String report = String.join("\n", lines) + "\n";
        BenchmarkReport.section("2-expiry", String.format(Locale.ROOT,
                "期限管理 and renewal reminders, %,d customers", CUSTOMERS), report);
        System.out.println(report);
    }

    /** Scrolls the table {@code steps} times by {@code pixels} (back up now and then): each step's CSS and layout. */
    private long[] scroll(FxRobot robot, int pixels, int steps) {
        long[] each = new long[steps];
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) stage.getScene().lookup("#expiryTable").lookup(".virtual-flow");
            for (int i = 0; i < 20 + steps; i++) {
                long start = System.nanoTime();
                flow.scrollPixels(i % 60 < 50 ? pixels : -pixels);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                if (i >= 20) {
                    // The first steps create the table's cells: not measured.
                    each[i - 20] = System.nanoTime() - start;
                }
            }
        });
        return each;
    }

    private static String row(String what, long[] ours, long[] floor) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f (p99 %.1f) | %s |", what, median(ours), max(ours),
                percentile(ours, 99),
                floor == null ? "" : String.format(Locale.ROOT, "%.1f", median(floor)));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
