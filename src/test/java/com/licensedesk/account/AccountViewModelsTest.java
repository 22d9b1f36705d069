package com.licensedesk.account;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.auth.SignInService;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Printing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ユーザ登録情報, パスワードの変更 and 2要素認証 without a toolkit. */
class AccountViewModelsTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final Session session = new Session();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final AnsweringDialogs dialogs = new AnsweringDialogs().sayingYes();
    @TempDir Path folder;
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        session.begin(Acting.self(accountId, "Tanaka_01"));
    }

    @Test
    void aUserInfoSavedMeanwhileOnAnotherDeskIsShownAndWhatWasTypedStaysInView() {
        UserInfoViewModel here = new UserInfoViewModel(desk.services().userInfo, desk.services().twoFactor,
                desk.services().temporaryPasswords, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE);
        here.shown();
        var stored = desk.services().userInfo.user(accountId);
        var renamed = new com.licensedesk.company.ContactPerson("田中 次郎", stored.user().nameKana(),
                stored.user().department(), stored.user().phone(), stored.user().fax(), stored.user().email());
        desk.services().userInfo.save(Acting.self(accountId, "Tanaka_01"), renamed, stored.version());

        here.form().field("department").text().set("営業推進部");
        here.submit();

        assertThat(here.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(here.banner().text()).startsWith("他の端末で変更されています。").contains("「営業推進部」").doesNotContain("田中 一郎");
        assertThat(here.form().field("contactName").text().get()).isEqualTo("田中 次郎");
        assertThat(desk.store().accounts.user(accountId).name()).as("the other desk's change stands")
                .isEqualTo("田中 次郎");
    }

    @Test
    void userInfoShowsTheStoredUserRefusesBadFieldsAndSavesWithItsMail() {
        UserInfoViewModel userInfo = new UserInfoViewModel(desk.services().userInfo, desk.services().twoFactor,
                desk.services().temporaryPasswords, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE);
        userInfo.shown();
        assertThat(userInfo.loginId().get()).isEqualTo("Tanaka_01");
        assertThat(userInfo.form().field("email").text().get()).isEqualTo("tanaka@example.co.jp");
        assertThat(userInfo.twoFactorEnabled().get()).isFalse();
        int mailBefore = desk.store().rows("outbox_mail");

        userInfo.form().field("email").text().set("not-a-mail");
        userInfo.form().field("phoneArea").text().set("");
        userInfo.submit();
        assertThat(userInfo.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(userInfo.banner().text()).contains("2");

        userInfo.form().field("email").text().set("ｊｉｒｏ@example.co.jp");
        userInfo.form().field("phoneArea").text().set("03");
        userInfo.submit();
        assertThat(userInfo.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(desk.store().accounts.user(accountId).email()).isEqualTo("jiro@example.co.jp");
        assertThat(desk.store().rows("outbox_mail")).as("the new address and a notice to the old one")
                .isEqualTo(mailBefore + 2);

        userInfo.submit();
        assertThat(userInfo.banner().kind()).as("nothing changed: nothing sent").isEqualTo(Banner.Kind.INFO);
        assertThat(desk.store().rows("outbox_mail")).isEqualTo(mailBefore + 2);
    }

    @Test
    void thePasswordChangeWantsTheCurrentPasswordAndThePolicy() {
        List<Instant> changed = new ArrayList<>();
        ChangePasswordViewModel dialog = new ChangePasswordViewModel(desk.services().passwordChange, session,
                Fixtures.IN_PLACE, Fixtures.JAPANESE, desk.clock(), changed::add);
        dialog.opened();
        dialog.form().field("currentPasswordField").text().set("Wrong0ne");
        dialog.form().field("newPasswordField").text().set("Newpass1X");
        dialog.form().field("newPasswordConfirmField").text().set("Newpass1X");
        dialog.submit();
        assertThat(dialog.form().field("currentPasswordField").error().get())
                .isEqualTo("現在のパスワードが正しくありません。");
        assertThat(dialog.done().get()).isFalse();

        dialog.form().field("currentPasswordField").text().set("Sakura7Desk");
        dialog.form().field("newPasswordConfirmField").text().set("Kobe4Bridge");
        dialog.submit();
        assertThat(dialog.form().field("newPasswordConfirmField").hasError()).isTrue();

        dialog.form().field("newPasswordConfirmField").text().set("Newpass1X");
        dialog.submit();
        assertThat(dialog.done().get()).isTrue();
        assertThat(changed).containsExactly(Fixtures.NOW);
        assertThat(desk.services().signIn.signIn("Tanaka_01", "Newpass1X"))
                .isInstanceOf(SignInService.Result.SignedIn.class);
    }

    @Test
    void twoFactorIsSwitchedOnWithTheAppsCodeAndOffWithPasswordAndCode() {
        TwoFactorViewModel twoFactor = new TwoFactorViewModel(desk.services().twoFactor, session, Fixtures.IN_PLACE,
                navigator, dialogs, Fixtures.JAPANESE, desk.clock(), AccountScreens.USER_INFO);
        twoFactor.shown();
        assertThat(twoFactor.enabled().get()).isFalse();
        twoFactor.offer();
        assertThat(twoFactor.offerUri().get()).startsWith("otpauth://totp/License%20Desk:Tanaka_01?secret=");
        String secret = twoFactor.offerSecret().get().replace(" ", "");

        twoFactor.confirm();
        assertThat(twoFactor.codeError().get()).isEqualTo("必須項目です。入力してください。");
        twoFactor.code().set("000000".equals(desk.services().totp.code(secret, desk.clock().instant()))
                ? "111111" : "000000");
        twoFactor.confirm();
        assertThat(twoFactor.codeError().get()).startsWith("確認コードが正しくありません。");

        twoFactor.code().set(desk.services().totp.code(secret, desk.clock().instant()));
        twoFactor.confirm();
        assertThat(twoFactor.enabled().get()).isTrue();
        assertThat(twoFactor.recoveryCodes().get().lines()).hasSize(10);
        assertThat(twoFactor.offerSecret().get()).as("the secret is shown once").isEmpty();

        desk.clock().advance(Duration.ofMinutes(1));
        twoFactor.disable();
        assertThat(twoFactor.disableError().get()).isEqualTo("パスワードと確認コードの両方を入力してください。");
        twoFactor.disablePassword().set("Sakura7Desk");
        twoFactor.disableCode().set(desk.services().totp.code(secret, desk.clock().instant()));
        twoFactor.disable();
        assertThat(twoFactor.enabled().get()).isFalse();
        assertThat(twoFactor.banner().text()).isEqualTo("2要素認証が無効になりました。");

        twoFactor.back();
        assertThat(navigator.last()).isEqualTo(AccountScreens.USER_INFO);
        assertThat(twoFactor.recoveryCodes().get()).isEmpty();
    }

    @Test
    void theRecoveryCodesAreCopiedSavedOwnerOnlyAndPrinted() throws Exception {
        TwoFactorViewModel twoFactor = new TwoFactorViewModel(desk.services().twoFactor, session, Fixtures.IN_PLACE,
                navigator, dialogs, Fixtures.JAPANESE, desk.clock(), AccountScreens.USER_INFO);
        twoFactor.shown();
        twoFactor.offer();
        String secret = twoFactor.offerSecret().get().replace(" ", "");
        twoFactor.code().set(desk.services().totp.code(secret, desk.clock().instant()));
        twoFactor.confirm();
        List<String> codes = twoFactor.recoveryCodes().get().lines().toList();
        assertThat(codes).hasSize(10);

        twoFactor.copyRecoveryCodes();
        assertThat(dialogs.copied()).containsExactly(String.join("\n", codes));
        assertThat(twoFactor.banner().text()).startsWith("リカバリーコードをクリップボードにコピーしました。");

        Path file = folder.resolve("codes.txt");
        dialogs.choosing(file);
        twoFactor.saveRecoveryCodes();
        assertThat(dialogs.asked()).filteredOn(asked -> asked.kind() == AnsweringDialogs.Kind.SAVE_FILE)
                .singleElement().satisfies(asked -> {
                    assertThat(asked.detail()).isEqualTo("リカバリーコード.txt");
                    assertThat(asked.file()).hasValue(Dialogs.FileKind.TEXT);
                });
        assertThat(Files.readAllLines(file)).startsWith("License Desk リカバリーコード（ログインID: Tanaka_01）")
                .containsAll(codes);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(twoFactor.banner().text()).isEqualTo("リカバリーコードを " + file + " に保存しました（本人だけが読めるファイルです）。");

        twoFactor.printRecoveryCodes();
        assertThat(dialogs.printed()).singleElement().isEqualTo(codes);
        assertThat(twoFactor.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);

        dialogs.printing(Printing.Outcome.NO_PRINTER);
        twoFactor.printRecoveryCodes();
        assertThat(twoFactor.banner().kind()).isEqualTo(Banner.Kind.ERROR);

        twoFactor.back();
        twoFactor.copyRecoveryCodes();
        assertThat(dialogs.copied()).as("nothing once the codes are gone from the screen").hasSize(1);
    }

    @Test
    void atTheDeskAnOperatorIssuesATemporaryPasswordAndResetsTwoFactorButNeverSeesThePassword() {
        String secret = desk.services().twoFactor.offer("Tanaka_01").secret();
        desk.services().twoFactor.enable(accountId, new com.licensedesk.auth.TwoFactorService.Offer(secret, "uri"),
                desk.services().totp.code(secret, desk.clock().instant()));
        session.begin(new Acting(accountId, "Tanaka_01",
                com.licensedesk.session.Actor.operator("desk.clerk", com.licensedesk.session.Role.CLERK)));
        UserInfoViewModel userInfo = new UserInfoViewModel(desk.services().userInfo, desk.services().twoFactor,
                desk.services().temporaryPasswords, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE);
        userInfo.shown();
        assertThat(userInfo.atDesk().get()).isTrue();
        assertThat(userInfo.twoFactorEnabled().get()).isTrue();
        assertThat(userInfo.changeable().get()).isTrue();
        assertThat(userInfo.temporaryPasswordOffered().get()).isTrue();
        assertThat(userInfo.twoFactorResetOffered().get()).isTrue();

        userInfo.issueTemporaryPassword();
        assertThat(dialogs.passwordsShown()).as("shown once, in its dialog").singleElement().satisfies(shown -> {
            assertThat(shown.loginId()).isEqualTo("Tanaka_01");
            assertThat(shown.validUntil()).isAfter(desk.clock().instant());
        });
        String temporary = dialogs.passwordsShown().get(0).password();
        assertThat(com.licensedesk.auth.PasswordPolicy.problem(temporary)).isEmpty();
        assertThat(userInfo.banner().text()).isEqualTo("仮パスワードを発行しました。お客様にお伝えください（表示はこの1回だけです）。");
        assertThat((String) desk.store().value("select body from outbox_mail order by id desc limit 1"))
                .contains("仮パスワード").doesNotContain(temporary);
        assertThat(desk.services().signIn.signIn("Tanaka_01", temporary))
                .isEqualTo(new SignInService.Result.MustChangePassword(accountId, "Tanaka_01"));

        userInfo.resetTwoFactor();
        assertThat(userInfo.twoFactorEnabled().get()).isFalse();
        assertThat(desk.services().twoFactor.isEnabled(accountId)).isFalse();
        assertThat(desk.store().audit.forAccount(accountId)).extracting(e -> e.action())
                .contains(AuditAction.TEMPORARY_PASSWORD_ISSUED, AuditAction.TWO_FACTOR_RESET_AT_DESK);
        assertThat(desk.store().audit.forAccount(accountId)).allSatisfy(entry ->
                assertThat(entry.detail()).doesNotContain(temporary));
    }

    @Test
    void resettingTwoFactorAsksFirstAndANoKeepsItOn() {
        String secret = desk.services().twoFactor.offer("Tanaka_01").secret();
        desk.services().twoFactor.enable(accountId, new com.licensedesk.auth.TwoFactorService.Offer(secret, "uri"),
                desk.services().totp.code(secret, desk.clock().instant()));
        session.begin(new Acting(accountId, "Tanaka_01",
                com.licensedesk.session.Actor.operator("desk.clerk", com.licensedesk.session.Role.CLERK)));
        UserInfoViewModel userInfo = new UserInfoViewModel(desk.services().userInfo, desk.services().twoFactor,
                desk.services().temporaryPasswords, session, Fixtures.IN_PLACE, dialogs.sayingNo(), Fixtures.JAPANESE);
        userInfo.shown();

        userInfo.resetTwoFactor();
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.CONFIRM);
            assertThat(asked.title()).isEqualTo("2要素認証を解除");
        });
        assertThat(userInfo.twoFactorEnabled().get()).isTrue();
        assertThat(desk.services().twoFactor.isEnabled(accountId)).as("nothing was done").isTrue();
        assertThat(desk.store().audit.forAccount(accountId)).extracting(e -> e.action())
                .doesNotContain(com.licensedesk.audit.AuditAction.TWO_FACTOR_RESET_AT_DESK);

        dialogs.sayingYes();
        userInfo.resetTwoFactor();
        assertThat(desk.services().twoFactor.isEnabled(accountId)).isFalse();
        assertThat(userInfo.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
    }

    @Test
    void aCustomerCannotIssueThemselvesATemporaryPassword() {
        UserInfoViewModel userInfo = new UserInfoViewModel(desk.services().userInfo, desk.services().twoFactor,
                desk.services().temporaryPasswords, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE);
        userInfo.shown();
        assertThat(userInfo.atDesk().get()).isFalse();
        userInfo.issueTemporaryPassword();
        assertThat(dialogs.passwordsShown()).isEmpty();
        assertThat(userInfo.banner().text()).isEqualTo("この操作を行う権限がありません。");
    }

    @Test
    void aReadOnlyOperatorSeesTheUserButIsOfferedNoChange() {
        String secret = desk.services().twoFactor.offer("Tanaka_01").secret();
        desk.services().twoFactor.enable(accountId, new com.licensedesk.auth.TwoFactorService.Offer(secret, "uri"),
                desk.services().totp.code(secret, desk.clock().instant()));
        session.begin(new Acting(accountId, "Tanaka_01",
                com.licensedesk.session.Actor.operator("desk.viewer", com.licensedesk.session.Role.READ_ONLY)));
        UserInfoViewModel userInfo = new UserInfoViewModel(desk.services().userInfo, desk.services().twoFactor,
                desk.services().temporaryPasswords, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE);
        userInfo.shown();

        assertThat(userInfo.form().field("email").text().get()).as("the data is shown")
                .isEqualTo("tanaka@example.co.jp");
        assertThat(userInfo.twoFactorEnabled().get()).isTrue();
        assertThat(userInfo.changeable().get()).as("no field to edit, no 送信").isFalse();
        assertThat(userInfo.temporaryPasswordOffered().get()).isFalse();
        assertThat(userInfo.twoFactorResetOffered().get()).isFalse();
        assertThat(userInfo.passwordActionOffered().get()).as("no empty パスワード row").isFalse();

        userInfo.issueTemporaryPassword();
        assertThat(userInfo.banner().text()).as("the service still refuses").isEqualTo("この操作を行う権限がありません。");
        assertThat(dialogs.passwordsShown()).isEmpty();

        session.begin(Acting.self(accountId, "Tanaka_01"));
        userInfo.shown();
        assertThat(userInfo.changeable().get()).as("the customer changes their own").isTrue();
        assertThat(userInfo.temporaryPasswordOffered().get()).isFalse();
        assertThat(userInfo.passwordActionOffered().get()).isTrue();
    }
}
