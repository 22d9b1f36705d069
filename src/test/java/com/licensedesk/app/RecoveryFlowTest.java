package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import com.licensedesk.testing.MovableClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ログインIDもしくはパスワードがわからない場合, Steps 1 to 6, with the reset code read out of GreenMail. */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {
    private static final Pattern CODE = Pattern.compile("リセットコード: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private GreenMail smtp;
    private LicenseDesk app;
    private MainWindow window;
    private Stage stage;
    private Settings config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        LoopbackSmtp loopback = LoopbackSmtp.started();
        int port = loopback.port();
        smtp = loopback.server();
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        config = Settings.of(Map.of("licensedesk.home", ownHome.toString(),
                "licensedesk.smtp.host", "127.0.0.1", "licensedesk.smtp.port", String.valueOf(port)), Map.of(),
                ownHome);
        app = LicenseDesk.open(config, clock, Fixtures.CHEAP_HASHER);
        app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));
        app.mailSender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    /** The application is closed and started again on the same data directory. */
    private void restart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.close();
            app = LicenseDesk.open(config, clock, Fixtures.CHEAP_HASHER);
            stage.setScene(null); // every test class gets the same stage: open it as a first window
            window = new MainWindow(app, stage, url -> true, change -> { });
            window.open();
        });
        settle(window);
    }

    @AfterEach
    void close() {
        app.close();
        smtp.stop();
    }

    @Test
    void someoneWhoForgotBothGetsBackInWithOnlyTheMailAddress(FxRobot robot) throws Exception {
        toRequestScreen(robot);
        robot.clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#loginIdOrEmailFieldError")).isEqualTo("必須項目です。入力してください。");
        assertThat(label(robot, "#humanCheckError")).isEqualTo("「私はロボットではありません」にチェックを入れてください。");

        setText(robot, "#loginIdOrEmailField", "tanaka@example.co.jp");
        robot.clickOn("#humanCheck").clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#maskedEmail")).isEqualTo("tan*****@example.co.jp");
        String code = codeFromMail();

        robot.clickOn("#enterCodeButton");
        settle(window);
        setText(robot, "#resetCodeField", code.toLowerCase());
        robot.clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#accountNameLabel")).isEqualTo("Tanaka_01");

        setText(robot, "#newPasswordField", "short");
        setText(robot, "#newPasswordConfirmField", "short");
        robot.clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#newPasswordFieldError")).contains("8文字以上25文字以下");

        setText(robot, "#newPasswordField", "Sakura7Desk");
        setText(robot, "#newPasswordConfirmField", "Sakura7Desk");
        robot.clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("ログインパスワードが変更されました。");
        robot.clickOn("#okButton");
        settle(window);
        assertThat(robot.lookup("#loginButton").tryQuery()).isPresent();

        app.mailSender.sendDue();
        assertThat(smtp.waitForIncomingEmail(60_000, 2)).isTrue();
        assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("お客様のパスワードが変更されました。");

        setText(robot, "#loginIdField", "Tanaka_01");
        setText(robot, "#passwordField", "Sakura7Desk");
        robot.clickOn("#loginButton");
        settle(window);
        assertThat(robot.lookup("#productsTable").tryQuery()).isPresent();
    }

    @Test
    void aCodeRequestedBeforeARestartIsEnteredFromTheLoginScreen(FxRobot robot) throws Exception {
        toRequestScreen(robot);
        setText(robot, "#loginIdOrEmailField", "Tanaka_01");
        robot.clickOn("#humanCheck").clickOn("#submitButton");
        settle(window);
        String code = codeFromMail();
        robot.clickOn("#enterCodeButton");
        settle(window);
        robot.clickOn("#backButton");
        settle(window);
        assertThat(robot.lookup("#loginButton").tryQuery()).as("戻る leads back to the login screen").isPresent();

        restart(robot);
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        robot.clickOn("#enterResetCodeLink");
        settle(window);
        setText(robot, "#resetCodeField", code);
        robot.clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#accountNameLabel")).isEqualTo("Tanaka_01");
        setText(robot, "#newPasswordField", "Sakura7Kiosk");
        setText(robot, "#newPasswordConfirmField", "Sakura7Kiosk");
        robot.clickOn("#submitButton");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("ログインパスワードが変更されました。");
    }

    private void toRequestScreen(FxRobot robot) throws Exception {
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        robot.clickOn("#resetPasswordLink");
        settle(window);
    }

    private String codeFromMail() throws Exception {
        app.mailSender.sendDue();
        assertThat(smtp.waitForIncomingEmail(60_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("パスワードのリセット");
        Matcher matcher = CODE.matcher((String) mail.getContent());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
