package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.settings.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The settings screen: the PIN, a test mail to a real SMTP server (GreenMail), saving to the properties file. */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
    @TempDir static Path homes;
    private Path home;
    private GreenMail smtp;
    private int port;
    private LicenseDesk app;
    private MainWindow window;
    private final List<UnaryOperator<Settings>> restarts = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LoopbackSmtp loopback = LoopbackSmtp.started();
        port = loopback.port();
        smtp = loopback.server();
        home = homes.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home),
                Fixtures.CLOCK, Fixtures.CHEAP_HASHER);
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, restarts::add);
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
        smtp.stop();
    }

    @Test
    void theFirstVisitSetsThePinThenTheSettingsSendATestMailAndAreSaved(FxRobot robot) throws Exception {
        robot.clickOn("#settingsLink");
        settle(window);
        assertThat(robot.lookup("#setupCodeField").query().isFocused()).as("the set-up code is asked first").isTrue();
        setText(robot, "#setupCodeField", app.setupCode.current().orElseThrow());
        setText(robot, "#pinField", "123");
        robot.clickOn("#pinButton");
        settle(window);
        assertThat(label(robot, "#pinFieldError")).isEqualTo("設定用PINは6桁以上12桁以下の数字で入力してください。");
        setText(robot, "#pinField", "246810");
        setText(robot, "#pinConfirmField", "246811");
        // Pressed, the layout given time, then released: the button must still be under the pointer, though the
        // press took the focus from a field whose error line the new text clears.
        assertThat(robot.lookup("#pinField").query().isFocused()).isTrue();
        robot.moveTo("#pinButton").press(MouseButton.PRIMARY);
        settle(window);
        robot.release(MouseButton.PRIMARY);
        settle(window);
        assertThat(label(robot, "#pinConfirmFieldError")).isEqualTo("設定用PINと確認入力が一致しません。");
        setText(robot, "#pinConfirmField", "246810");
        robot.clickOn("#pinButton");
        settle(window);

        setText(robot, "#smtpHost", "127.0.0.1");
        setText(robot, "#smtpPort", String.valueOf(port));
        robot.interact(() -> robot.lookup("#smtpSecurity").queryAs(ComboBox.class).setValue("NONE"));
        setText(robot, "#mailFrom", "Desk 1 <desk1@example.co.jp>");
        setText(robot, "#testRecipient", "it@example.co.jp");
        pressTestMail(robot);
        settle(window);
        assertThat(label(robot, "#message")).startsWith("テストメールを送信しました");
        assertThat(smtp.waitForIncomingEmail(60_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("License Desk テストメール");

        smtp.stop();
        pressTestMail(robot);
        settle(window);
        assertThat(label(robot, "#message")).startsWith("テストメールを送信できませんでした。サーバーの応答: ")
                .containsIgnoringCase("connect");

        setText(robot, "#idleMinutes", "0");
        robot.clickOn("#saveButton");
        settle(window);
        assertThat(label(robot, "#idleMinutesError")).isEqualTo("1から240までの数字で入力してください。");
        assertThat(restarts).isEmpty();

        setText(robot, "#idleMinutes", "10");
        setText(robot, "#vendorName", "サンプル セキュリティ");
        robot.clickOn("#saveButton");
        settle(window);

        assertThat(restarts).hasSize(1);
        Settings saved = restarts.get(0).apply(app.config);
        assertThat(saved.smtp().map(SmtpSettings::host)).contains("127.0.0.1");
        assertThat(saved.idleTime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(saved.vendorName()).isEqualTo("サンプル セキュリティ");
        assertThat(saved.mailFrom()).isEqualTo("Desk 1 <desk1@example.co.jp>");
        Path file = home.resolve("license-desk.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("246810");
    }

    @Test
    void aPinOnceSetIsAskedForAndAWrongOneRefused(FxRobot robot) throws Exception {
        app.settingsFile.setPin("135790");
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        robot.clickOn("#settingsLink");
        settle(window);
        assertThat(robot.lookup("#pinConfirmRow").query().isVisible()).isFalse();
        setText(robot, "#pinField", "000000");
        robot.clickOn("#pinButton");
        settle(window);
        assertThat(label(robot, "#pinFieldError")).isEqualTo("設定用PINが正しくありません。あと4回間違えると、15分間PINを入力できなくなります。");
        assertThat(robot.lookup("#editBox").query().isVisible()).isFalse();

        setText(robot, "#pinField", "135790");
        robot.clickOn("#pinButton");
        settle(window);
        assertThat(robot.lookup("#vendorName").queryTextInputControl().getText()).isEqualTo("License Desk");
        robot.clickOn("#closeButton");
        settle(window);
        assertThat(label(robot, ".screen-title")).isEqualTo("ユーザ登録");
    }

    /** テストメールを送信, pressed where it is: the settings page scrolls, and a click aimed off the page misses. */
    private static void pressTestMail(FxRobot robot) {
        robot.interact(() -> robot.lookup("#testMailButton").queryButton().fire());
    }
}
