package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.session.Actor;
import com.licensedesk.operators.StaffSignInService;
import com.licensedesk.session.Role;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Roles on screen: a clerk is not offered スタッフ管理; a read-only operator's change is refused and nothing saved. */
@ExtendWith(ApplicationExtension.class)
class DeskRolesFlowTest {
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private LicenseDesk desk;
    private DeskWindow window;
    private long accountId;

    @Start
    void start(Stage stage) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        desk = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString()), Map.of(), ownHome), clock,
                Fixtures.CHEAP_HASHER);
        accountId = desk.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"))
                .accountId();
        desk.operators.createFirstAdmin(desk.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子", "Admin9Harbor");
        Actor admin = Actor.operator("desk.admin", Role.ADMIN);
        desk.operators.add(admin, "desk.clerk", "鈴木 一郎", Role.CLERK, "Clerk1Pass");
        desk.operators.add(admin, "desk.viewer", "高橋 健", Role.READ_ONLY, "Viewer1Pass");
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new DeskWindow(desk, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        desk.close();
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
        assertThat(desk.staffSignIn.signIn("desk.viewer", "Lantern7Harbor"))
                .isInstanceOf(StaffSignInService.Result.SignedIn.class);
    }

    @Test
    void aReadOnlyOperatorIsRefusedAndNothingIsSaved(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.viewer", "Viewer1Pass");
        robot.clickOn("#customerSearchField").write("tanaka_01");
        settle(window);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle(window);
        robot.clickOn("#companyMenu").clickOn("#companyInfoItem");
        settle(window);
        setText(robot, "#branchName", "横浜支店");
        robot.clickOn("#contractorSubmit");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("この操作を行う権限がありません。");
        assertThat(desk.companies.details(accountId).contractor().branchName()).isEmpty();
    }
}
