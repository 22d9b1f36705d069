package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.licensedesk.auth.Totp;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 2要素認証: switched on with a code computed from the secret on screen, then used at sign-in, then switched off. */
@ExtendWith(ApplicationExtension.class)
class TwoFactorFlowTest {
    private static final String LOGIN_ID = "Tanaka_01";
    private static final String PASSWORD = "Sakura7Desk";
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private final Totp totp = new Totp();
    private LicenseDesk app;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString()), Map.of(), ownHome),
                clock, Fixtures.CHEAP_HASHER);
        app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, LOGIN_ID));
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void switchedOnWithTheAppsCodeItGuardsTheLoginAndRecoveryCodesWorkOnce(FxRobot robot) throws Exception {
        signIn(robot, PASSWORD);
        robot.clickOn(LOGIN_ID).clickOn("ユーザ登録情報");
        settle(window);
        assertThat(label(robot, "#twoFactorStatus")).isEqualTo("無効");
        robot.clickOn("#twoFactorSetup");
        settle(window);
        assertThat(label(robot, "#twoFactorStatus")).isEqualTo("無効");

        robot.clickOn("#enableTwoFactorButton");
        settle(window);
        String secret = label(robot, "#totpSecretLabel").replace(" ", "");
        assertThat(decodedQr(robot)).isEqualTo(Totp.uri("License Desk", LOGIN_ID, secret))
                .startsWith("otpauth://totp/License%20Desk:Tanaka_01?secret=" + secret + "&issuer=License%20Desk");

        setText(robot, "#totpField", "000000");
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(label(robot, "#totpFieldError")).startsWith("確認コードが正しくありません。");
        assertThat(app.twoFactor.isEnabled(accountId())).isFalse();

        String enablingCode = totp.code(secret, clock.instant());
        setText(robot, "#totpField", enablingCode);
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("2要素認証が有効になりました。");
        assertThat(label(robot, "#twoFactorStatus")).isEqualTo("有効");
        String[] recoveryCodes = robot.lookup("#recoveryCodes").queryAs(TextArea.class).getText().split("\n");
        assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(app.outboxMail.unsent()).extracting(mail -> mail.subject()).contains("2要素認証が有効になりました");

        logoutAndSignIn(robot);
        assertThat(robot.lookup("#totpField").tryQuery()).isPresent();
        setText(robot, "#totpField", enablingCode);
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(label(robot, "#totpFieldError")).as("a code is never accepted twice")
                .startsWith("確認コードが正しくありません。");
        robot.clickOn("#backButton");
        settle(window);
        assertThat(robot.lookup("#loginButton").queryButton().isVisible()).as("戻る: back to the first step").isTrue();
        setText(robot, "#passwordField", PASSWORD);
        robot.clickOn("#loginButton");
        settle(window);
        assertThat(label(robot, "#totpFieldError")).as("a new second step, nothing kept").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        setText(robot, "#totpField", totp.code(secret, clock.instant()));
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(robot.lookup("#productsTable").tryQuery()).isPresent();

        logoutAndSignIn(robot);
        setText(robot, "#totpField", recoveryCodes[3].toLowerCase());
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(robot.lookup("#productsTable").tryQuery()).as("a recovery code in the code's place").isPresent();

        logoutAndSignIn(robot);
        setText(robot, "#totpField", recoveryCodes[3]);
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(label(robot, "#totpFieldError")).as("each recovery code once").startsWith("確認コードが正しくありません。");

        clock.advance(Duration.ofSeconds(30));
        setText(robot, "#totpField", totp.code(secret, clock.instant()));
        robot.clickOn("#verifyButton");
        settle(window);
        robot.clickOn(LOGIN_ID).clickOn("ユーザ登録情報");
        settle(window);
        assertThat(label(robot, "#twoFactorStatus")).isEqualTo("有効");
        robot.clickOn("#twoFactorSetup");
        settle(window);

        clock.advance(Duration.ofSeconds(30));
        setText(robot, "#disablePasswordField", "WrongPassw0rd");
        setText(robot, "#disableCodeField", totp.code(secret, clock.instant()));
        robot.clickOn("#disableTwoFactorButton");
        settle(window);
        assertThat(label(robot, "#disableError")).isEqualTo("パスワードまたは確認コードが正しくありません。");

        setText(robot, "#disablePasswordField", PASSWORD);
        setText(robot, "#disableCodeField", totp.code(secret, clock.instant()));
        robot.clickOn("#disableTwoFactorButton");
        settle(window);
        assertThat(label(robot, "#message")).isEqualTo("2要素認証が無効になりました。");
        assertThat(label(robot, "#twoFactorStatus")).isEqualTo("無効");
        assertThat(app.outboxMail.unsent()).extracting(mail -> mail.subject()).contains("2要素認証が無効になりました");
        assertThat(app.audit.forAccount(accountId())).extracting(e -> e.action())
                .contains(AuditAction.TWO_FACTOR_ENABLED, AuditAction.TWO_FACTOR_DISABLE_REFUSED, AuditAction.TWO_FACTOR_DISABLED);
        assertThat(app.audit.forAccount(accountId())).allSatisfy(entry ->
                assertThat(entry.detail()).doesNotContain(secret));
    }

    @Test
    void wrongSecondStepCodesCountTowardTheLockout(FxRobot robot) throws Exception {
        var offer = app.twoFactor.offer(LOGIN_ID);
        assertThat(app.twoFactor.enable(accountId(), offer, totp.code(offer.secret(), clock.instant()))).isPresent();
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        setText(robot, "#loginIdField", LOGIN_ID);
        setText(robot, "#passwordField", PASSWORD);
        robot.clickOn("#loginButton");
        settle(window);
        for (int attempt = 1; attempt <= 4; attempt++) {
            setText(robot, "#totpField", "11111" + attempt);
            robot.clickOn("#verifyButton");
            settle(window);
            assertThat(label(robot, "#totpFieldError")).startsWith("確認コードが正しくありません。");
        }
        setText(robot, "#totpField", "111115");
        robot.clickOn("#verifyButton");
        settle(window);
        assertThat(label(robot, "#message")).contains("一時的に使用できません");
        assertThat(robot.lookup("#loginButton").query().isVisible()).isTrue();
    }

    private long accountId() {
        return app.accounts.find(LOGIN_ID).orElseThrow().accountId();
    }

    private void signIn(FxRobot robot, String password) throws Exception {
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        setText(robot, "#loginIdField", LOGIN_ID);
        setText(robot, "#passwordField", password);
        robot.clickOn("#loginButton");
        settle(window);
    }

    private void logoutAndSignIn(FxRobot robot) throws Exception {
        robot.clickOn(LOGIN_ID).clickOn("ログアウト");
        settle(window);
        setText(robot, "#loginIdField", LOGIN_ID);
        setText(robot, "#passwordField", PASSWORD);
        robot.clickOn("#loginButton");
        settle(window);
    }

    /** What an authenticator app's camera would read from the QR code on screen. */
    private static String decodedQr(FxRobot robot) throws Exception {
        Image image = robot.lookup("#totpQrImage").queryAs(ImageView.class).getImage();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
