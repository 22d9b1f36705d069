package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Setting;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.session.Acting;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioButton;
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
import org.testfx.util.WaitForAsyncUtils;

/** The manual's second procedure (製品を追加する) and what a signed-in customer sees around it, by the contract's ids. */
@ExtendWith(ApplicationExtension.class)
class SignInFlowTest {
    private static final String LOGIN_ID = "Tanaka_01";
    private static final String PASSWORD = "Sakura7Desk";
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private final List<String> browsed = new ArrayList<>();
    private LicenseDesk app;
    private MainWindow window;
    private long accountId;

    @Start
    void start(Stage stage) {
        // A machine one customer uses: ログインIDを記憶する is offered.
        app = DeskScreens.openDesk(home, clock, Map.of(Setting.REMEMBER_LOGIN_ID.key(), "true"));
        accountId = app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, LOGIN_ID))
                .accountId();
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, browsed::add, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Whether the node and every parent it has are visible. */
    private static boolean shows(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void wrongThenRightLoginRemembersTheLoginIdAndLogoutEndsTheSession(FxRobot robot) throws Exception {
        goToLogin(robot);
        assertThat(robot.lookup(".section-title").queryAs(Label.class).getText()).isEqualTo("登録情報を入力してください");

        robot.clickOn("#loginButton");
        settle(window);
        assertThat(label(robot, "#loginIdFieldError")).isEqualTo("必須項目です。入力してください。");
        assertThat(robot.lookup("#loginIdField").query().isFocused()).as("the cursor back in the first bad field")
                .isTrue();

        signIn(robot, LOGIN_ID, "Wrong0ne");
        assertThat(label(robot, "#message")).isEqualTo("ログインIDまたはパスワードが正しくありません。");
        signIn(robot, "no_such_user", PASSWORD);
        assertThat(label(robot, "#message")).isEqualTo("ログインIDまたはパスワードが正しくありません。");
        assertThat(text(robot, "#passwordField")).as("the password is never kept").isEmpty();

        robot.clickOn("#rememberLoginId");
        signIn(robot, "tanaka_01", PASSWORD);
        assertThat(robot.lookup("#productsTable").tryQuery()).isPresent();
        assertThat(userMenu(robot).getText()).isEqualTo(LOGIN_ID);
        TableView<?> products = robot.lookup("#productsTable").queryAs(TableView.class);
        List<Object> scenes = new ArrayList<>();
        products.sceneProperty().addListener((o, was, now) -> scenes.add(now));
        robot.interact(() -> window.show(com.licensedesk.company.CompanyScreens.COMPANY_INFO));
        assertThat(shows(products)).as("hidden while 企業情報 shows").isFalse();
        assertThat(shows(robot.lookup("#tabs").query())).isTrue();
        robot.interact(() -> window.show(com.licensedesk.licences.LicenceScreens.PRODUCTS));
        assertThat(robot.lookup("#productsTable").queryAs(TableView.class)).isSameAs(products);
        assertThat(shows(products)).isTrue();
        assertThat(scenes).as("kept in the window: its CSS is not worked out again").isEmpty();

        logout(robot);
        assertThat(label(robot, "#message")).isEqualTo("ログアウトしました。");
        assertThat(shows(products)).isFalse();
        assertThat(products.getItems()).as("the kept view holds nothing of the customer who left").isEmpty();
        assertThat(text(robot, "#loginIdField")).isEqualTo(LOGIN_ID);
        assertThat(robot.lookup("#rememberLoginId").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(app.rememberedLoginId.get()).contains(LOGIN_ID);

        robot.clickOn("#rememberLoginId");
        robot.clickOn("#passwordField").write(PASSWORD).type(KeyCode.ENTER);
        settle(window);
        logout(robot);
        assertThat(text(robot, "#loginIdField")).isEmpty();
        assertThat(app.rememberedLoginId.get()).isEmpty();
    }

    @Test
    void anExistingCustomerFromTheStartScreenLandsOnTheKeyStepWithTheKeyTypedAndAddsIt(FxRobot robot)
            throws Exception {
        robot.clickOn("#existingCustomerOption");
        robot.clickOn("#keyField").write(DemoCatalog.ACTIVATION_CODE.toLowerCase());
        robot.clickOn("#continueButton");
        settle(window);
        signIn(robot, LOGIN_ID, PASSWORD);

        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("ライセンスキー");
        assertThat(text(robot, "#keyField")).isEqualTo(DemoCatalog.ACTIVATION_CODE.toLowerCase());
        robot.clickOn("#continueButton");
        settle(window);
        assertThat(label(robot, "#productName")).isEqualTo("Kasumi Cloud Mail Protect");
        robot.clickOn("#continueButton");
        assertThat(label(robot, "#eulaCheckError")).contains("使用許諾契約書に同意してください");
        robot.clickOn("#eulaCheck").clickOn("#continueButton");
        settle(window);

        assertThat(label(robot, "#message")).isEqualTo("製品が追加されました。");
        assertThat(robot.lookup("#productsTable").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(app.outboxMail.unsent()).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("tanaka@example.co.jp");
            assertThat(mail.subject()).isEqualTo("【Kasumi Cloud Mail Protect】製品登録完了のお知らせ");
        });
        assertThat(app.audit.forAccount(accountId)).extracting(e -> e.action()).contains(AuditAction.LICENCE_ADDED);
    }

    @Test
    void rowsShowTheirStatusAndTheConsoleLinkOpensTheCataloguesUrl(FxRobot robot) throws Exception {
        AgreementAcceptance agreement = new AgreementAcceptance("2026-11", Fixtures.NOW);
        app.addKey.add(Acting.self(accountId, LOGIN_ID), Fixtures.key(DemoCatalog.EXPIRING_SOON_KEY), agreement);
        app.addKey.add(Acting.self(accountId, LOGIN_ID), Fixtures.key(DemoCatalog.EXPIRED_KEY), agreement);
        goToLogin(robot);
        signIn(robot, LOGIN_ID, PASSWORD);

        assertThat(robot.lookup("#productsTable .status-valid").queryAll()).hasSize(1);
        assertThat(robot.lookup("#productsTable .status-expiring").queryAll()).hasSize(1);
        assertThat(robot.lookup("#productsTable .status-expired").queryAll()).hasSize(1);
        assertThat(robot.lookup("#productsTable .open-console").queryAll()).as("the expired row has no console URL")
                .hasSize(2);

        robot.clickOn(robot.lookup("#productsTable .open-console").nth(0).queryAs(Hyperlink.class));
        assertThat(browsed).containsExactly("https://console.hoshizora.example/");
    }

    @Test
    void theIdleTimerEndsTheSessionAndClearsTheScreens(FxRobot robot) throws Exception {
        goToLogin(robot);
        signIn(robot, LOGIN_ID, PASSWORD);
        robot.clickOn("#addKeyButton");
        settle(window);
        setText(robot, "#keyField", DemoCatalog.TRIAL_CODE);

        clock.advance(Duration.ofMinutes(29));
        DeskScreens.tick(robot, window, 1);
        assertThat(robot.lookup("#keyField").tryQuery()).as("29 minutes: still signed in").isPresent();

        clock.advance(Duration.ofMinutes(1));
        DeskScreens.tick(robot, window, 1);
        assertThat(label(robot, "#message"))
                .isEqualTo("操作せずに一定時間が経過したため、ログアウトしました。続けるには、もう一度ログインしてください。");
        assertThat(window.session().current()).isEmpty();

        signIn(robot, LOGIN_ID, PASSWORD);
        robot.clickOn("#addKeyButton");
        settle(window);
        assertThat(text(robot, "#keyField")).as("nothing typed before the timeout is left").isEmpty();
    }

    @Test
    void aPasswordChangedOnAnotherDeskEndsThisDesksSession(FxRobot robot) throws Exception {
        goToLogin(robot);
        signIn(robot, LOGIN_ID, PASSWORD);
        clock.advance(Duration.ofMinutes(1));

        app.passwordChange.change(accountId, PASSWORD, "Otaru3Canal");

        DeskScreens.tick(robot, window, 10);
        assertThat(label(robot, "#message"))
                .isEqualTo("別の画面でパスワードが変更されたため、ログアウトしました。新しいパスワードでログインしてください。");
        signIn(robot, LOGIN_ID, "Otaru3Canal");
        assertThat(robot.lookup("#productsTable").tryQuery()).isPresent();
    }

    private void goToLogin(FxRobot robot) throws TimeoutException {
        robot.clickOn("#existingCustomerOption");
        assertThat(robot.lookup("#existingCustomerOption").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#continueButton");
        settle(window);
    }

    private void signIn(FxRobot robot, String loginId, String password) throws TimeoutException {
        setText(robot, "#loginIdField", loginId);
        setText(robot, "#passwordField", password);
        robot.clickOn("#loginButton");
        settle(window);
    }

    private void logout(FxRobot robot) throws TimeoutException {
        robot.clickOn(userMenu(robot).getText());
        robot.clickOn("ログアウト");
        settle(window);
    }

    private static Menu userMenu(FxRobot robot) {
        return robot.lookup(".main-menu").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "userMenu".equals(menu.getId())).findFirst().orElseThrow();
    }
}
