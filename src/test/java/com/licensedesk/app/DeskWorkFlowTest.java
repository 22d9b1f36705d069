package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk's day by the contract's ids: registering at the desk with the same-company dialog both ways and the
 * receipt, and a temporary password that the customer replaces at the next sign-in.
 */
@ExtendWith(ApplicationExtension.class)
class DeskWorkFlowTest {
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private LicenseDesk app;
    private MainWindow window;
    private long existing;

    @Start
    void start(Stage stage) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString()), Map.of(), ownHome), clock,
                Fixtures.CHEAP_HASHER);
        existing = app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_01"))
                .accountId();
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.clerk", "鈴木 一郎", "Clerk1Pass");
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theSameCompanyIsOfferedBothWaysAndEachRegistrationEndsOnItsReceipt(FxRobot robot) throws Exception {
        signInStaff(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        settle(window);
        reachTheFormAndSubmit(robot, DemoCatalog.ACTIVATION_CODE, "Tanaka_01");
        assertThat(robot.lookup("#duplicateCandidates").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn("#registerAnywayButton");
        settle(window);
        assertThat(robot.lookup("#nextRegistrationButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#saveReceiptPdfButton").tryQuery()).isPresent();
        assertThat(robot.lookup(".receipt .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).contains(DemoCatalog.ACTIVATION_CODE));
        assertThat(app.accounts.count()).isEqualTo(2);

        robot.type(KeyCode.ENTER);
        settle(window);
        assertThat(text(robot, "#keyField")).as("the next registration starts empty").isEmpty();
        reachTheFormAndSubmit(robot, DemoCatalog.TRIAL_CODE, "Tanaka_02");
        robot.clickOn("#addToExistingButton");
        settle(window);
        assertThat(robot.lookup("#nextRegistrationButton").tryQuery()).isPresent();
        assertThat(app.accounts.count()).as("the key went to the customer found").isEqualTo(2);
        assertThat(app.licences.forAccount(existing)).hasSize(2);
    }

    @Test
    void aTemporaryPasswordIsShownOnceAndTheCustomerReplacesItAtSignIn(FxRobot robot) throws Exception {
        signInStaff(robot);
        robot.clickOn("#customerSearchField").write("sato_01");
        settle(window);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle(window);
        robot.clickOn("#userMenu").clickOn("#userInfoItem");
        settle(window);
        assertThat(robot.lookup("#changePasswordButton").query().isVisible()).as("never at the desk").isFalse();
        robot.clickOn("#issueTemporaryPasswordButton");
        settle(window);
        String temporary = robot.lookup("#temporaryPasswordLabel").queryAs(Label.class).getText();
        assertThat(temporary).hasSize(12);
        robot.clickOn("#okButton");
        robot.clickOn("#endActingButton");
        settle(window);
        robot.clickOn("#operatorMenu").clickOn("#operatorLogoutItem");
        settle(window);

        robot.clickOn("#backButton");
        settle(window);
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        setText(robot, "#loginIdField", "Sato_01");
        setText(robot, "#passwordField", temporary);
        robot.clickOn("#loginButton");
        settle(window);
        setText(robot, "#newPasswordField", "Mine1Pass");
        setText(robot, "#newPasswordConfirmField", "Mine1Pass");
        robot.clickOn("#changePasswordSubmit");
        settle(window);
        assertThat(robot.lookup("#productsTable").tryQuery()).isPresent();
        assertThat(window.session().current()).hasValueSatisfying(acting ->
                assertThat(acting.accountId()).isEqualTo(existing));
    }

    private void signInStaff(FxRobot robot) throws Exception {
        DeskScreens.signInStaff(robot, window, "desk.clerk", "Clerk1Pass");
    }

    private void reachTheFormAndSubmit(FxRobot robot, String key, String loginId) throws Exception {
        setText(robot, "#keyField", key);
        robot.clickOn("#continueButton");
        settle(window);
        robot.clickOn("#eulaCheck");
        robot.clickOn("#continueButton");
        settle(window);
        setText(robot, "#companyName", "サンプル株式会社");
        setText(robot, "#postalCode", "100-0001");
        robot.interact(() -> robot.lookup("#prefecture").queryAs(ComboBox.class).setValue("東京都"));
        setText(robot, "#address1", "千代田区千代田1-1");
        setText(robot, "#loginId", loginId);
        setText(robot, "#password", "Sakura7Desk");
        setText(robot, "#passwordConfirm", "Sakura7Desk");
        setText(robot, "#email", "someone@example.co.jp");
        setText(robot, "#contactName", "田中 一郎");
        setText(robot, "#phoneArea", "03");
        setText(robot, "#phoneNumber", "12345678");
        setText(robot, "#resellerName", "サンプル販売株式会社");
        setText(robot, "#emergencyEmail", "emergency@example.co.jp");
        robot.clickOn("#continueButton");
        settle(window);
    }
}
