package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.showing;
import static com.licensedesk.app.DeskScreens.text;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.auth.Totp;
import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.session.Actor;
import com.licensedesk.operators.StaffSignInService;
import com.licensedesk.session.Role;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Roles on screen: a clerk is not offered スタッフ管理; a read-only operator is offered no change at all. */
@ExtendWith(ApplicationExtension.class)
class DeskRolesFlowTest {
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private LicenseDesk app;
    private MainWindow window;
    private long accountId;
    private final AnsweringDialogs dialogs = new AnsweringDialogs().sayingYes();

    @Start
    void start(Stage stage) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString()), Map.of(), ownHome), clock,
                Fixtures.CHEAP_HASHER);
        accountId = app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"))
                .accountId();
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子", "Admin9Harbor");
        Actor admin = Actor.operator("desk.admin", Role.ADMIN);
        app.operators.add(admin, "desk.clerk", "鈴木 一郎", Role.CLERK, "Clerk1Pass");
        app.operators.add(admin, "desk.viewer", "高橋 健", Role.READ_ONLY, "Viewer1Pass");
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { }, dialogs);
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aClerkIsNotOfferedStaffManagement(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.clerk", "Clerk1Pass");
        MenuBar deskMenu = robot.lookup(".desk-menu").queryAs(MenuBar.class);
        MenuItem operators = deskMenu.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "operatorsMenuItem".equals(item.getId())).findFirst().orElseThrow();
        assertThat(operators.isVisible()).as("スタッフ管理 is an admin's").isFalse();
        MenuItem customers = deskMenu.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "customersMenuItem".equals(item.getId())).findFirst().orElseThrow();
        assertThat(customers.isVisible()).isTrue();
        MenuItem kiosks = deskMenu.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "kiosksMenuItem".equals(item.getId())).findFirst().orElseThrow();
        assertThat(kiosks.isVisible()).as("キオスク管理 is an admin's").isFalse();
        MenuItem sync = deskMenu.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "syncMenuItem".equals(item.getId())).findFirst().orElseThrow();
        assertThat(sync.isVisible()).as("同期 is a clerk's too").isTrue();
    }

    @Test
    void anAdminSwitchesOffTheTwoFactorOfAClerkWhoLostTheirAuthenticator(FxRobot robot) throws Exception {
        app.operators.enableTotp(Actor.operator("desk.admin", Role.ADMIN), "desk.clerk");
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("#deskMenu").clickOn("#operatorsMenuItem");
        settle(window);
        assertThat(robot.lookup("#operatorTwoFactorOffButton").queryButton().isDisabled()).as("nothing chosen").isTrue();

        robot.clickOn("desk.clerk");
        robot.clickOn("#operatorTwoFactorOffButton");
        settle(window);
        assertThat(dialogs.asked()).singleElement().satisfies(asked ->
                assertThat(asked.detail()).contains("desk.clerk"));
        assertThat(label(robot, "#message")).startsWith("スタッフ desk.clerk の2要素認証を解除しました。");
        assertThat(app.operators.all()).filteredOn(o -> o.loginId().equals("desk.clerk"))
                .singleElement().satisfies(o -> assertThat(o.twoFactor()).isFalse());
        assertThat(robot.lookup("#operatorTwoFactorOffButton").queryButton().isDisabled())
                .as("the clerk's row, chosen still, has nothing more to switch off").isTrue();
    }

    @Test
    void theTwoFactorStepOffersItsOwnButtonsOnly(FxRobot robot) throws Exception {
        String secret = app.operators.enableTotp(Actor.operator("desk.admin", Role.ADMIN), "desk.clerk").secret();
        signInStaff(robot, window, "desk.clerk", "Clerk1Pass");
        assertThat(showing(robot, "#verifyButton")).isTrue();
        assertThat(showing(robot, "#backButton")).isTrue();
        assertThat(showing(robot, "#operatorLoginButton")).as("ログイン is the first step's").isFalse();
        setText(robot, "#totpField", new Totp().code(secret, clock.instant()));
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(showing(robot, "#customerTable")).isTrue();
    }

    @Test
    void aReadOnlyOperatorChangesTheirOwnPasswordFromTheirMenu(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.viewer", "Viewer1Pass");
        robot.clickOn("#operatorMenu").clickOn("#operatorAccountItem");
        settle(window);
        assertThat(label(robot, "#operatorAccountLabel")).contains("desk.viewer");
        setText(robot, "#currentPasswordField", "Viewer1Pass");
        setText(robot, "#newPasswordField", "Lantern7Harbor");
        setText(robot, "#newPasswordConfirmField", "Lantern7Harbor");
        robot.clickOn("#changePasswordSubmit");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("パスワードが変更されました。");
        assertThat(app.staffSignIn.signIn("desk.viewer", "Lantern7Harbor"))
                .isInstanceOf(StaffSignInService.Result.SignedIn.class);
    }

    @Test
    void aReadOnlyOperatorIsShownTheDataButNoChangeAnywhere(FxRobot robot) throws Exception {
        var offer = app.twoFactor.offer("Tanaka_01");
        assertThat(app.twoFactor.enable(accountId, offer, new Totp().code(offer.secret(), clock.instant())))
                .isPresent();
        signInStaff(robot, window, "desk.viewer", "Viewer1Pass");
        assertThat(showing(robot, "#customerTable")).isTrue();
        assertThat(showing(robot, "#exportCustomersButton")).as("reading and exporting stay").isTrue();
        assertThat(showing(robot, "#newRegistrationButton")).isFalse();
        assertThat(label(robot, "#keysHint")).doesNotContain("Ctrl+N");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        settle(window);
        assertThat(showing(robot, "#customerTable")).as("Ctrl+N starts no registration").isTrue();
        assertThat(deskMenuItems(robot)).filteredOn(MenuItem::isVisible).extracting(MenuItem::getId)
                .containsExactly("customersMenuItem", "todayMenuItem", "expiryMenuItem", "outboxMenuItem",
                        "auditMenuItem");

        robot.clickOn("#customerSearchField").write("tanaka_01");
        settle(window);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle(window);
        assertThat(label(robot, "#actingForBanner")).contains("Tanaka_01");
        assertThat(robot.lookup("#productsTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(showing(robot, "#addKeyButton")).isFalse();
        assertThat(showing(robot, "#batchKeysButton")).isFalse();

        robot.clickOn("#companyMenu").clickOn("#companyInfoItem");
        settle(window);
        assertThat(text(robot, "#companyName")).isEqualTo("サンプル株式会社");
        assertThat(showing(robot, "#contractorSubmit")).isFalse();
        assertThat(label(robot, "#lead")).isEqualTo("閲覧のみの権限のため、会社情報は表示だけで、変更はできません。");
        assertThat(robot.lookup("#excludeFromReminders").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#prefecture").query().isDisabled()).isTrue();
        robot.clickOn("#branchName").write("横浜支店").type(KeyCode.ENTER);
        settle(window);
        assertThat(text(robot, "#branchName")).as("nothing can be typed").isEmpty();
        assertThat(robot.lookup("#message").query().isVisible()).as("nor sent with Enter").isFalse();
        robot.clickOn("#supportTab");
        assertThat(showing(robot, "#supportSubmit")).isFalse();
        assertThat(robot.lookup("#supportEmail").queryAs(TextInputControl.class).isEditable()).isFalse();

        robot.clickOn("#userMenu").clickOn("#userInfoItem");
        settle(window);
        assertThat(text(robot, "#email")).isEqualTo("tanaka@example.co.jp");
        assertThat(robot.lookup("#email").queryAs(TextInputControl.class).isEditable()).isFalse();
        assertThat(label(robot, "#twoFactorStatus")).isNotEmpty();
        assertThat(robot.lookup("#twoFactorStatus").query().localToScene(0, 0).getX())
                .as("the values stand in one column").isEqualTo(
                        robot.lookup("#loginIdLabel").query().localToScene(0, 0).getX());
        assertThat(label(robot, "#readOnlyLead")).isEqualTo("閲覧のみの権限のため、ユーザ登録情報は表示だけで、変更はできません。");
        for (String change : List.of("#userSubmit", "#issueTemporaryPasswordButton", "#resetTwoFactorButton",
                "#changePasswordButton", "#twoFactorSetup")) {
            assertThat(showing(robot, change)).as(change).isFalse();
        }

        robot.clickOn("#endActingButton");
        settle(window);
        robot.clickOn("#deskMenu").clickOn("#outboxMenuItem");
        settle(window);
        assertThat(robot.lookup("#outboxTable").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(showing(robot, "#outboxResendButton")).isFalse();
        assertThat(showing(robot, "#outboxCancelButton")).isFalse();
        robot.clickOn("#deskMenu").clickOn("#expiryMenuItem");
        settle(window);
        assertThat(showing(robot, "#expiryTable")).isTrue();
        assertThat(showing(robot, "#sendRemindersButton")).isFalse();

        assertThat(app.companies.details(accountId).contractor().branchName()).as("nothing saved").isEmpty();
        assertThat(app.twoFactor.isEnabled(accountId)).isTrue();
    }

    private static List<MenuItem> deskMenuItems(FxRobot robot) {
        MenuBar deskMenu = robot.lookup(".desk-menu").queryAs(MenuBar.class);
        return deskMenu.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getId() != null && item.getId().endsWith("MenuItem")).toList();
    }
}
