package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.LicenceScreens;
import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.session.Acting;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.ui.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 製品/サービス for an account with 5,000 licences, in the window: the first showing (its FXML loaded, every row
 * read), showing it again with nothing changed (the kept view, its CSS and layout), and the background check that
 * finds nothing changed. Its table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ProductsScreenBenchmark {
    private static final int LICENCES = 5_000;
    private static final int RUNS = 21;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theProductsOfABigAccountShowAtOnce(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path home = Files.createDirectories(Path.of("target", "benchmark", "products"));
        try (LicenseDesk app = DeskScreens.openDesk(home, clock, Map.of())) {
            long accountId = app.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE,
                    "Big_Account")).accountId();
            GeneratedCustomers generated = new GeneratedCustomers(5, LocalDate.now(clock.withZone(Formats.JAPAN)));
            List<CatalogEntry> entries = new ArrayList<>();
            for (int i = 0; i < LICENCES - 1; i++) {
                entries.add(generated.entry(2_000_000 + i, 0));
            }
            app.catalog.addMissing(entries);
            AgreementAcceptance agreement = new AgreementAcceptance("2026-11", clock.instant());
            app.database.inTransaction(() -> {
                entries.forEach(entry -> app.licences.add(accountId, entry.key(), agreement, clock.instant()));
                return null;
            });
            MainWindow[] window = new MainWindow[1];
            robot.interact(() -> {
                window[0] = new MainWindow(app, stage, url -> true, change -> { });
                window[0].open();
                window[0].session().begin(Acting.self(accountId, "Big_Account"));
            });
            long[] first = new long[1];
            robot.interact(() -> first[0] = System.nanoTime());
            robot.interact(() -> window[0].show(LicenceScreens.PRODUCTS));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> robot.lookup("#productsTable").queryAs(TableView.class).getItems().size() == LICENCES);
            robot.interact(() -> {
                layOut();
                first[0] = System.nanoTime() - first[0];
            });
            settle(window[0]);

            long[] again = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                robot.interact(() -> window[0].show(com.licensedesk.company.CompanyScreens.COMPANY_INFO));
                settle(window[0]);
                int run = i;
                robot.interact(() -> {
                    long start = System.nanoTime();
                    window[0].show(LicenceScreens.PRODUCTS);
                    layOut();
                    again[run] = System.nanoTime() - start;
                });
                settle(window[0]);
            }
            assertThat(robot.lookup("#productsTable").queryAs(TableView.class).getItems()).hasSize(LICENCES);
            long[] check = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                app.licences.stampFor(accountId);
                check[i] = System.nanoTime() - start;
            }
            long[] read = new long[5];
            for (int i = 0; i < read.length; i++) {
                long start = System.nanoTime();
                app.licences.forAccount(accountId);
                read[i] = System.nanoTime() - start;
            }
            robot.interact(() -> window[0].show(RegistrationScreens.START));

            List<String> lines = new ArrayList<>();
            lines.add("| 製品/サービス, one account with 5,000 licences | median ms | slowest ms |");
            lines.add("|---|---|---|");
            lines.add(String.format(Locale.ROOT, "| first showing: FXML, every row read, CSS and layout | %.1f | %.1f |",
                    first[0] / 1e6, first[0] / 1e6));
            lines.add(row("shown again, nothing changed: the kept view, CSS and layout (FX thread)", again));
            lines.add(row("its background check: the account's stamp", check));
            lines.add(row("reading every row, as each showing did before", read));
            String report = String.join("\n", lines) + "\n";
            BenchmarkReport.section("5-products", "Products screen", report);
            System.out.println(report);
        }
    }

    private void layOut() {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static String row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |", what, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
