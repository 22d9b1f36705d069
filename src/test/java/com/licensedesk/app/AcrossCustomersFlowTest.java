package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.expiry.ExpiryViewModel;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.BatchKeysViewModel;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.MovableClock;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work across all customers by the contract's ids: 期限管理 over generated customers, まとめて追加 with ten mixed
 * keys, and カタログの取り込み cancelled half-way.
 */
@ExtendWith(ApplicationExtension.class)
class AcrossCustomersFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final int CUSTOMERS = 40;
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private LicenseDesk app;
    private MainWindow window;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @Start
    void start(Stage stage) {
        app = DeskScreens.openDesk(home, clock, Map.of());
        GeneratedCustomers generated = new GeneratedCustomers(42, TODAY);
        app.catalog.save(generated.catalogue(CUSTOMERS + 5, 3));
        for (int i = 0; i < CUSTOMERS; i++) {
            long account = app.registration.register(generated.customer(i, Fixtures.NOW)).accountId();
            for (int n = 1; n < 3; n++) {
                app.licences.add(account, Fixtures.key(GeneratedCustomers.key(i, n)),
                        new AgreementAcceptance("2026-11", Fixtures.NOW), Fixtures.NOW);
            }
        }
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "受付 花子", "Admin9Harbor");
        stage.setScene(null); // TestFX hands every test class the same stage: this one opens as a first window does
        window = new MainWindow(app, stage, url -> true, change -> { }, dialogs);
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void theDashboardsTilesCountItsRowsAndABarListsItsMonth(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("窓口").clickOn("期限管理");
        settle(window);

        List<Button> tiles = robot.lookup("#expiryTiles .expiry-tile").queryAllAs(Button.class).stream().toList();
        assertThat(tiles).hasSize(4);
        int total = 0;
        for (Button tile : tiles) {
            robot.clickOn(tile);
            settle(window);
            String count = robot.from(tile).lookup(".tile-count").queryAs(Label.class).getText();
            assertThat(table(robot, "#expiryTable").getItems()).as(tile.getId())
                    .hasSize(Integer.parseInt(count.replace(",", "")));
            total += Integer.parseInt(count.replace(",", ""));
        }
        assertThat(total).as("generated expiries fall in every window").isGreaterThan(4);

        Node bar = robot.lookup("#expiryChart .chart-bar").queryAll().stream()
                .filter(node -> node.getUserData() instanceof YearMonth && node.getBoundsInLocal().getHeight() > 4)
                .skip(1).findFirst().orElseThrow();
        YearMonth month = (YearMonth) bar.getUserData();
        robot.clickOn(bar);
        settle(window);
        List<Object> rows = table(robot, "#expiryTable").getItems();
        assertThat(rows).isNotEmpty().allSatisfy(row ->
                assertThat(YearMonth.from(((ExpiryViewModel.Row) row).licence().expires())).isEqualTo(month));

        Path answer = home.resolve("expiry-" + System.nanoTime() + ".csv");
        dialogs.choosing(answer);
        robot.clickOn("#expiryExportButton");
        settle(window);
        try (Reader reader = Files.newBufferedReader(answer, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            assertThat(csv.getRecords()).hasSize(rows.size() + 1);
        }
        // A click and Enter, not a double click: two clicks a busy machine spaces out are not a double click.
        robot.clickOn(robot.from(robot.lookup("#expiryTable").queryAs(javafx.scene.Node.class))
                .lookup(".table-row-cell").queryAs(javafx.scene.Node.class)).type(javafx.scene.input.KeyCode.ENTER);
        settle(window);
        assertThat(robot.lookup("#productsTable").tryQuery()).as("a row opens its customer").isPresent();
    }

    @Test
    void tenMixedKeysAreCheckedAndTheGoodOnesRegisteredTogether(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        long customer = app.licences.ownerOf(Fixtures.key(GeneratedCustomers.key(3, 0))).orElseThrow();
        setText(robot, "#customerSearchField", app.directory.find(customer, TODAY).orElseThrow().loginId());
        settle(window);
        robot.clickOn("#openCustomerButton");
        settle(window);
        robot.clickOn("#batchKeysButton");
        settle(window);
        List<String> free = new ArrayList<>();
        for (int i = CUSTOMERS; i < CUSTOMERS + 5; i++) {
            for (int n = 0; n < 3; n++) {
                String key = GeneratedCustomers.key(i, n);
                if (app.catalog.find(Fixtures.key(key)).orElseThrow().expires().isAfter(TODAY)) {
                    free.add(key);
                }
            }
        }
        // Five good (one typed in lower case with spaces), wrong shape, unknown, this customer's, another's, twice.
        List<String> keys = List.of(free.get(0), free.get(1).toLowerCase().replace('-', ' '), free.get(2),
                "GN-1234", free.get(3), "GN-ZZZZ-ZZZZ-ZZZZ-ZZZZ", GeneratedCustomers.key(3, 1),
                GeneratedCustomers.key(5, 0), free.get(0), free.get(4));
        setText(robot, "#batchKeysArea", String.join("\n", keys));
        robot.clickOn("#batchCheckButton");
        settle(window);
        List<Object> results = table(robot, "#batchResultTable").getItems();
        assertThat(results).hasSize(10).extracting(row -> ((BatchKeysViewModel.Row) row).outcome()).containsExactly(
                "登録できます", "登録できます", "登録できます", "キーの形式が正しくありません", "登録できます",
                "カタログにないキーです", "このお客様に登録済みです", "ほかのお客様に登録済みです", "1行目と同じキーです",
                "登録できます");
        assertThat(robot.lookup("#batchResultTable .batch-good").queryAll()).as("green rows").isNotEmpty();
        assertThat(robot.lookup("#batchResultTable .batch-refused").queryAll()).as("red rows").isNotEmpty();
        int before = app.licences.forAccount(customer).size();

        robot.clickOn("#eulaCheck").clickOn("#batchRegisterButton");
        settle(window);

        assertThat(app.licences.forAccount(customer)).hasSize(before + 5);
        assertThat(robot.lookup(".receipt .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).contains(free.get(4)));
        assertThat(app.outboxMail.unsent()).filteredOn(mail -> mail.subject().equals("【5件】製品登録完了のお知らせ"))
                .hasSize(1);
    }

    @Test
    void anImportCancelledHalfWayChangesNothingAndAReportIsSaved(FxRobot robot) throws Exception {
        Path answer = home.resolve("catalogue-" + System.nanoTime() + ".csv");
        dialogs.choosing(answer);
        StringBuilder csv = new StringBuilder("key,product,package,seats,expires,license_type,console_url\n");
        for (int i = 0; i < 400_000; i++) {
            csv.append(GeneratedCustomers.key(1_000 + i, 7)).append(",Hotaru Web Gateway,,5,2027-09-30,FULL,\n");
        }
        Files.writeString(answer, csv);
        long before = app.catalog.count();
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("窓口").clickOn("カタログの取り込み");
        settle(window);

        robot.clickOn("#chooseCatalogFileButton");
        ProgressBar progress = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> progress.getProgress() > 0.05);
        assertThat(progress.getProgress()).as("under way, not done").isLessThan(1);
        robot.clickOn("#cancelImportButton");
        settle(window);

        assertThat(label(robot, "#summaryLabel")).contains("中止しました").contains("何も変更していません");
        assertThat(app.catalog.count()).isEqualTo(before);

        answer = home.resolve("small-" + System.nanoTime() + ".csv");
        dialogs.choosing(answer);
        Files.writeString(answer, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "AB-1234,Broken,,1,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK12,Kasumi,,0,2027-03-31,FULL,\n");
        robot.clickOn("#chooseCatalogFileButton");
        settle(window);
        assertThat(table(robot, "#importReportTable").getItems()).hasSize(2);
        assertThat(label(robot, "#summaryLabel")).startsWith("追加 1件、更新 0件、変更なし 0件、取り込めなかった行 2件");

        answer = home.resolve("report-" + System.nanoTime() + ".csv");
        dialogs.choosing(answer);
        robot.clickOn("#saveReportButton");
        settle(window);
        assertThat(Files.readString(answer, StandardCharsets.UTF_8)).startsWith("\uFEFF行,理由").contains("3,");
    }

}
