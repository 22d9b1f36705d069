package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desk by the contract's ids: first admin, the directory, acting for a customer, the way back. */
@ExtendWith(ApplicationExtension.class)
class DeskFlowTest {
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private LicenseDesk app;
    private MainWindow window;
    private long accountId;

    @Start
    void start(Stage stage) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString(),
                "licensedesk.desk.name", "窓口1"), Map.of(), ownHome), clock, Fixtures.CHEAP_HASHER);
        accountId = app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"))
                .accountId();
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theFirstAdminFindsACustomerByItsReadingActsForItAndEndsActing(FxRobot robot) throws Exception {
        robot.clickOn("#staffSignInLink");
        settle(window);
        assertThat(robot.lookup("#createOperatorButton").tryQuery()).as("a new database asks for the first admin")
                .isPresent();
        setText(robot, "#setupCodeField", app.setupCode.current().orElseThrow());
        setText(robot, "#operatorIdField", "desk.admin");
        setText(robot, "#operatorNameField", "佐藤 花子");
        setText(robot, "#operatorPasswordField", "Admin9Harbor");
        setText(robot, "#operatorPasswordConfirmField", "Admin9Harbor");
        robot.clickOn("#createOperatorButton");
        settle(window);

        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();
        assertThat(label(robot, "#smtpState")).contains("未設定");
        robot.clickOn("#customerSearchField").write("さんぷる");
        settle(window);
        TableView<?> table = robot.lookup("#customerTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle(window);

        assertThat(robot.lookup("#actingForBanner").queryAs(Label.class).getText())
                .contains("サンプル株式会社").contains("Tanaka_01");
        assertThat(robot.lookup("#productsTable").tryQuery()).isPresent();
        robot.clickOn("#companyMenu").clickOn("#companyInfoItem");
        settle(window);
        setText(robot, "#branchName", "横浜支店");
        robot.clickOn("#contractorSubmit");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("変更が保存されました。");
        assertThat(app.audit.forAccount(accountId)).filteredOn(e -> e.action().equals(AuditAction.CONTRACTOR_CHANGED))
                .singleElement().extracting(AuditEntry::actor).isEqualTo(Actor.operator("desk.admin", Role.ADMIN));

        robot.clickOn("#endActingButton");
        settle(window);
        assertThat(robot.lookup("#customerTable").tryQuery()).isPresent();
        assertThat(robot.lookup("#actingForBanner").tryQuery()).isEmpty();
        assertThat(label(robot, "#actingEndedNotice")).isEqualTo("サンプル株式会社（ログインID: Tanaka_01）の代理操作を終了しました。");
        assertThat(window.session().current()).isEmpty();
        assertThat(window.session().staff()).isPresent();
        assertThat(robot.lookup("#customerSearchField").queryAs(TextField.class).getText()).isEqualTo("さんぷる");

        // Acting again, then a desk screen from the menu: acting ends there too, and it is said above that screen.
        robot.clickOn("#customerTable").type(KeyCode.ENTER);
        settle(window);
        assertThat(robot.lookup("#actingForBanner").tryQuery()).isPresent();
        robot.clickOn("#deskMenu").clickOn("#auditMenuItem");
        settle(window);
        assertThat(robot.lookup("#auditFrom").tryQuery()).isPresent();
        assertThat(robot.lookup("#actingForBanner").tryQuery()).isEmpty();
        assertThat(window.session().current()).isEmpty();
        assertThat(label(robot, "#actingEndedNotice")).contains("サンプル株式会社").contains("Tanaka_01");
        robot.clickOn("#deskMenu").clickOn("#customersMenuItem");
        settle(window);
        assertThat(robot.lookup("#actingEndedNotice").tryQuery()).as("said once, above the screen shown next")
                .isEmpty();
    }
}
