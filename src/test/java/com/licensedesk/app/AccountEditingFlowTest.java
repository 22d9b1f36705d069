package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static com.licensedesk.app.DeskScreens.backdrops;
import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The manual's 会社情報を変更する and ユーザ情報を変更する, with the mail arriving at a real SMTP server (GreenMail). */
@ExtendWith(ApplicationExtension.class)
class AccountEditingFlowTest {
    private static final String LOGIN_ID = "Tanaka_01";
    private static final String PASSWORD = "Sakura7Desk";
    @TempDir static Path home;
    private GreenMail smtp;
    private LicenseDesk app;
    private MainWindow window;
    private Stage stage;
    private long accountId;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        LoopbackSmtp loopback = LoopbackSmtp.started();
        int port = loopback.port();
        smtp = loopback.server();
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString(),
                "licensedesk.smtp.host", "127.0.0.1", "licensedesk.smtp.port", String.valueOf(port),
                "licensedesk.mail.from", "License Desk <no-reply@example.test>"), Map.of(), ownHome),
                Fixtures.CLOCK, Fixtures.CHEAP_HASHER);
        accountId = app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, LOGIN_ID))
                .accountId();
        app.mailSender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
        smtp.stop();
    }

    @Test
    void sendingOneTabSavesOnlyThatTabAndLeavingDiscardsTheOther(FxRobot robot) throws Exception {
        signIn(robot);
        openCompanyInfo(robot);
        assertThat(text(robot, "#companyName")).isEqualTo("サンプル株式会社");
        setText(robot, "#companyName", "変更しない株式会社");
        selectTab(robot, 1);
        setText(robot, "#supportCompanyName", "サポート株式会社");
        setText(robot, "#supportPhoneNumber", "12345678");
        robot.clickOn("#supportSubmit");
        settle(window);

        assertThat(label(robot, "#message")).isEqualTo("変更が保存されました。");
        selectTab(robot, 0);
        assertThat(text(robot, "#companyName")).as("the other tab's edit stays on screen").isEqualTo("変更しない株式会社");

        robot.clickOn("#productsMenuLabel");
        settle(window);
        openCompanyInfo(robot);
        assertThat(text(robot, "#companyName")).as("discarded on leaving").isEqualTo("サンプル株式会社");
        selectTab(robot, 1);
        assertThat(text(robot, "#supportCompanyName")).isEqualTo("サポート株式会社");

        List<MimeMessage> mail = delivered(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("お客様のLicense Deskアカウント情報が変更されました");
        assertThat(recipients(mail.get(0))).containsExactly("tanaka@example.co.jp");
        assertThat((String) mail.get(0).getContent()).contains("会社情報").contains("・会社名").contains("・電話番号");
        assertThat(app.audit.forAccount(accountId)).filteredOn(e -> e.action().equals(AuditAction.SUPPORT_CONTACT_CHANGED))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("supportContact.companyName: \"サンプル株式会社\" -> \"サポート株式会社\"")
                .contains("supportContact.phone: \"03-53949600\" -> \"03-12345678\"");
        assertThat(app.audit.forAccount(accountId)).noneMatch(e -> e.action().equals(AuditAction.CONTRACTOR_CHANGED));
    }

    @Test
    void aNewSupportAddressGetsTheMailAndTheOldOneANotice(FxRobot robot) throws Exception {
        signIn(robot);
        openCompanyInfo(robot);
        selectTab(robot, 1);
        setText(robot, "#supportEmail", "support@example.co.jp");
        robot.clickOn("#supportSubmit");
        settle(window);

        List<MimeMessage> mail = delivered(2);
        assertThat(mail).extracting(AccountEditingFlowTest::firstRecipient)
                .containsExactlyInAnyOrder("support@example.co.jp", "tanaka@example.co.jp");
        MimeMessage notice = mail.stream().filter(m -> firstRecipient(m).equals("tanaka@example.co.jp"))
                .findFirst().orElseThrow();
        assertThat((String) notice.getContent()).contains("support@example.co.jp に変更されました");
        assertThat(app.companies.supportContactEmail(accountId)).isEqualTo("support@example.co.jp");
    }

    @Test
    void userInformationIsSavedWithMailToTheNewAddressAndANoticeToTheOld(FxRobot robot) throws Exception {
        signIn(robot);
        openUserInfo(robot);
        assertThat(label(robot, "#loginIdLabel")).isEqualTo(LOGIN_ID);
        assertThat(label(robot, "#twoFactorStatus")).isEqualTo("無効");
        setText(robot, "#contactName", "Tanaka");
        setText(robot, "#email", "jiro@");
        robot.clickOn("#userSubmit");
        settle(window);
        assertThat(text(robot, "#contactName")).as("converted to full width, not refused").isEqualTo("Ｔａｎａｋａ");
        assertThat(label(robot, "#contactNameError")).isEmpty();
        assertThat(label(robot, "#emailError")).isNotEmpty();

        setText(robot, "#contactName", "田中 次郎");
        setText(robot, "#email", "jiro@example.co.jp");
        robot.clickOn("#userSubmit");
        settle(window);

        assertThat(label(robot, "#message")).isEqualTo("変更が保存されました。");
        List<MimeMessage> mail = delivered(2);
        assertThat(mail).extracting(AccountEditingFlowTest::firstRecipient)
                .containsExactlyInAnyOrder("jiro@example.co.jp", "tanaka@example.co.jp");
        assertThat(mail).allSatisfy(m ->
                assertThat(m.getSubject()).isEqualTo("お客様のLicense Deskアカウント情報が変更されました"));
        assertThat(app.accounts.user(accountId).name()).isEqualTo("田中 次郎");
        assertThat(app.audit.forAccount(accountId)).filteredOn(e -> e.action().equals(AuditAction.USER_CHANGED))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("email: \"tanaka@example.co.jp\" -> \"jiro@example.co.jp\"");
    }

    @Test
    void thePasswordChangeWantsTheCurrentPasswordAndThePolicyAndSendsItsMail(FxRobot robot) throws Exception {
        signIn(robot);
        openUserInfo(robot);
        robot.clickOn("#changePasswordButton");
        settle(window);
        assertThat(backdrops(stage)).as("the window dimmed under パスワードの変更").isEqualTo(1);

        setText(robot, "#currentPasswordField", "Wrong000x");
        setText(robot, "#newPasswordField", "Nagoya5Ferry");
        setText(robot, "#newPasswordConfirmField", "Nagoya5Ferry");
        robot.clickOn("#changePasswordSubmit");
        settle(window);
        assertThat(label(robot, "#currentPasswordFieldError")).isEqualTo("現在のパスワードが正しくありません。");

        setText(robot, "#currentPasswordField", PASSWORD);
        setText(robot, "#newPasswordField", "newpassword");
        setText(robot, "#newPasswordConfirmField", "newpassworx");
        robot.clickOn("#changePasswordSubmit");
        settle(window);
        assertThat(label(robot, "#newPasswordFieldError")).isEqualTo("パスワードに数字（0〜9）が含まれていません。");
        assertThat(label(robot, "#newPasswordConfirmFieldError")).isEqualTo("パスワードとパスワードの確認入力が一致しません。");

        setText(robot, "#newPasswordField", "Nagoya5Ferry");
        setText(robot, "#newPasswordConfirmField", "Nagoya5Ferry");
        robot.clickOn("#changePasswordSubmit");
        settle(window);

        assertThat(robot.lookup("#changePasswordSubmit").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(backdrops(stage)).isZero();
        assertThat(label(robot, "#message")).isEqualTo("パスワードが変更されました。");
        List<MimeMessage> mail = delivered(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("お客様のパスワードが変更されました。");
        assertThat(recipients(mail.get(0))).containsExactly("tanaka@example.co.jp");
        assertThat((String) mail.get(0).getContent()).doesNotContain("Nagoya5Ferry");
        assertThat(app.signIn.signIn(LOGIN_ID, "Nagoya5Ferry")).isInstanceOf(
                com.licensedesk.auth.SignInService.Result.SignedIn.class);
        assertThat(app.audit.forAccount(accountId)).extracting(AuditEntry::action)
                .contains(AuditAction.PASSWORD_CHANGE_REFUSED, AuditAction.PASSWORD_CHANGED);
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        // A shared desk keeps nothing of the customer before: no ログインIDを記憶する, an empty field with the cursor.
        assertThat(robot.lookup("#rememberLoginId").query().isVisible()).isFalse();
        assertThat(text(robot, "#loginIdField")).isEmpty();
        assertThat(robot.lookup("#loginIdField").query().isFocused()).isTrue();
        setText(robot, "#loginIdField", LOGIN_ID);
        setText(robot, "#passwordField", PASSWORD);
        robot.clickOn("#loginButton");
        settle(window);
    }

    private void openCompanyInfo(FxRobot robot) throws TimeoutException {
        robot.clickOn("会社").clickOn("会社情報");
        settle(window);
    }

    private void openUserInfo(FxRobot robot) throws TimeoutException {
        robot.clickOn(LOGIN_ID).clickOn("ユーザ登録情報");
        settle(window);
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup(".company-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    /** Sends the outbox now and returns what the server received. */
    private List<MimeMessage> delivered(int expected) {
        app.mailSender.sendDue();
        assertThat(smtp.waitForIncomingEmail(60_000, expected)).isTrue();
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private static String firstRecipient(MimeMessage mail) {
        try {
            return recipients(mail).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
