package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.backdrops;
import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Kiosk mode: full screen, closing needs the PIN, nothing of one customer is left for the next. */
@ExtendWith(ApplicationExtension.class)
class KioskFlowTest {
    @TempDir static Path homes;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private LicenseDesk app;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path home = homes.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(), "licensedesk.kiosk", "true"),
                Map.of(), home), clock, Fixtures.CHEAP_HASHER);
        app.settingsFile.setPin("135790");
        app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theKioskIsFullScreenAndClosingWantsThePin(FxRobot robot) throws Exception {
        assertThat(stage.isFullScreen()).isTrue();
        robot.interact(() -> Platform.runLater(() ->
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#quitPinField").tryQuery().isPresent());
        assertThat(backdrops(stage)).as("the kiosk dimmed under the PIN dialog").isEqualTo(1);
        setText(robot, "#quitPinField", "000000");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getButtonTypes()).extracting(ButtonType::getText).containsExactly("終了", "キャンセル");
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().get(0)));
        settle(window);
        assertThat(stage.isShowing()).as("a wrong PIN does not close the kiosk").isTrue();
        assertThat(label(robot, "#quitPinFieldError")).isEqualTo("設定用PINが正しくありません。あと4回間違えると、15分間PINを入力できなくなります。");
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().get(1)));
        assertThat(robot.lookup("#quitPinField").tryQuery()).isEmpty();
        assertThat(backdrops(stage)).isZero();
    }

    @Test
    void afterTheIdleTimeTheKioskStartsOverWithEveryFieldEmpty(FxRobot robot) throws Exception {
        setText(robot, "#keyField", DemoCatalog.ACTIVATION_CODE);
        robot.clickOn("#continueButton");
        settle(window);
        robot.clickOn("#eulaCheck").clickOn("#continueButton");
        settle(window);
        setText(robot, "#companyName", "前の人の会社");

        clock.advance(Duration.ofMinutes(30));
        DeskScreens.tick(robot, window, 1);
        assertThat(text(robot, "#keyField")).isEmpty();

        setText(robot, "#keyField", DemoCatalog.ACTIVATION_CODE);
        robot.clickOn("#continueButton");
        settle(window);
        assertThat(robot.lookup("#eulaCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#eulaCheck").clickOn("#continueButton");
        settle(window);
        assertThat(text(robot, "#companyName")).isEmpty();
    }

    @Test
    void theLoginOffersNoRememberingAndASessionEndClearsTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        assertThat(robot.lookup("#rememberLoginId").query().isVisible()).isFalse();
        assertThat(robot.lookup("#staffSignInLink").query().isVisible()).as("a kiosk is customers' only").isFalse();
        setText(robot, "#loginIdField", "Tanaka_01");
        setText(robot, "#passwordField", "Sakura7Desk");
        robot.clickOn("#loginButton");
        settle(window);
        robot.interact(() -> {
            ClipboardContent copied = new ClipboardContent();
            copied.putString("LD-7KQ2-M9XP-4RTW-H3CN");
            Clipboard.getSystemClipboard().setContent(copied);
        });

        robot.clickOn("Tanaka_01").clickOn("ログアウト");
        settle(window);

        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().hasString()).isFalse());
        assertThat(text(robot, "#loginIdField")).isEmpty();
        assertThat(app.rememberedLoginId.get()).isEmpty();
    }

    @Test
    void theSettingsPinCannotBeChosenAtTheKiosk(FxRobot robot) throws Exception {
        app.settingsFile.save(Map.of(Setting.PIN_HASH, ""));
        robot.clickOn("#settingsLink");
        settle(window);
        assertThat(label(robot, "#message")).startsWith("キオスクモードでは設定用PINをこの画面で決めることはできません。");
        assertThat(robot.lookup("#pinConfirmRow").query().isVisible()).isFalse();
    }

}
