package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.testing.TestDesk;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** パスワードのリセット without a toolkit: the request's checks, the masked address, the code, the new password. */
class RecoveryViewModelTest {
    private static final Pattern CODE = Pattern.compile("リセットコード: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private RecoveryViewModel recovery;

    private boolean mailServer = true;

    @BeforeEach
    void open() {
        desk.registeredCustomer();
        recovery = new RecoveryViewModel(desk.services().passwordReset, Fixtures.IN_PLACE, navigator,
                Fixtures.JAPANESE, () -> mailServer);
    }

    @Test
    void withoutAMailServerTheScreenSaysTheMailWaits() {
        recovery.loginIdOrEmail().set("tanaka@example.co.jp");
        recovery.humanCheck().ticked().set(true);
        recovery.request();
        assertThat(recovery.mailWaits().get()).as("a mail server is set up").isFalse();

        mailServer = false;
        recovery.start();
        recovery.loginIdOrEmail().set("tanaka_01");
        recovery.humanCheck().ticked().set(true);
        recovery.request();
        assertThat(navigator.last()).isEqualTo(AuthScreens.RESET_MAIL_SENT);
        assertThat(recovery.mailWaits().get()).isTrue();
    }

    /** What the screen shows after a request by login ID, known or not: the same, and no address. */
    private java.util.List<Object> screenAfterRequestBy(String loginId) {
        recovery.start();
        recovery.loginIdOrEmail().set(loginId);
        recovery.humanCheck().ticked().set(true);
        recovery.request();
        return java.util.List.of(navigator.last(), recovery.maskedEmail().get(), recovery.mailWaits().get(),
                recovery.banner().text(), recovery.loginIdOrEmail().get().isEmpty());
    }

    @Test
    void aRequestByAKnownLoginIdShowsTheSameScreenAsOneByAnUnknownLoginId() {
        java.util.List<Object> known = screenAfterRequestBy("Tanaka_01");
        java.util.List<Object> unknown = screenAfterRequestBy("Nobody_01");

        assertThat(known).isEqualTo(unknown);
        assertThat(known.get(0)).isEqualTo(AuthScreens.RESET_MAIL_SENT);
        assertThat(known.get(1)).as("no masked address that would tell the login ID exists").isEqualTo("");
    }

    @Test
    void theRequestWantsASubjectAndTheHumanCheck() {
        recovery.start();
        assertThat(navigator.last()).isEqualTo(AuthScreens.RESET_REQUEST);
        recovery.request();
        assertThat(recovery.loginIdOrEmailError().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(recovery.humanCheck().error().get()).isEqualTo("「私はロボットではありません」にチェックを入れてください。");
        assertThat(desk.store().rows("reset_code")).isZero();

        recovery.humanCheck().ticked().set(true);
        assertThat(recovery.humanCheck().error().get()).as("gone as soon as it is ticked").isEmpty();
    }

    @Test
    void aCodeFromTheMailShowsTheLoginIdAndSetsTheNewPassword() {
        recovery.loginIdOrEmail().set("tanaka@example.co.jp");
        recovery.humanCheck().ticked().set(true);
        recovery.request();
        assertThat(navigator.last()).isEqualTo(AuthScreens.RESET_MAIL_SENT);
        assertThat(recovery.maskedEmail().get()).startsWith("tan").endsWith("@example.co.jp").contains("*");

        recovery.enterCode();
        assertThat(navigator.last()).isEqualTo(AuthScreens.RESET);
        recovery.code().set("AAAA-BBBB-CCCC");
        recovery.checkCode();
        assertThat(recovery.codeError().get()).isEqualTo(
                "リセットコードが正しくありません。あと4回間違えると、このコードは使用できなくなります。");
        assertThat(recovery.codeAccepted().get()).isFalse();

        Matcher code = CODE.matcher((String) desk.store().value(
                "select body from outbox_mail where subject = 'パスワードのリセット' order by id desc limit 1"));
        assertThat(code.find()).isTrue();
        recovery.code().set(code.group(1).toLowerCase());
        recovery.checkCode();
        assertThat(recovery.codeAccepted().get()).isTrue();
        assertThat(recovery.accountName().get()).isEqualTo("Tanaka_01");

        recovery.passwordForm().field("newPasswordField").text().set("short");
        recovery.submitReset();
        assertThat(recovery.passwordForm().field("newPasswordField").hasError()).isTrue();
        recovery.passwordForm().field("newPasswordField").text().set("Newpass1X");
        recovery.passwordForm().field("newPasswordConfirmField").text().set("Newpass1X");
        recovery.submitReset();
        assertThat(navigator.last()).isEqualTo(AuthScreens.RESET_DONE);
        assertThat(recovery.code().get()).as("nothing stays for the next person").isEmpty();
        recovery.done();
        assertThat(navigator.last()).isEqualTo(AuthScreens.LOGIN);
    }

    @Test
    void anUnknownSubjectIsAnsweredAsAKnownOneAndTooManyRequestsAreRefusedWithWhatWasTypedKept() {
        recovery.loginIdOrEmail().set("nobody@example.co.jp");
        recovery.humanCheck().ticked().set(true);
        recovery.request();
        assertThat(navigator.last()).as("the same screen as for a registered address")
                .isEqualTo(AuthScreens.RESET_MAIL_SENT);
        assertThat(recovery.maskedEmail().get()).isEqualTo("nob*****@example.co.jp");
        recovery.back();

        for (int request = 0; request < 4; request++) {
            recovery.loginIdOrEmail().set("Tanaka_01");
            recovery.humanCheck().ticked().set(true);
            recovery.request();
        }
        assertThat(recovery.banner().text()).isEqualTo("送信の回数が上限に達しました。しばらく時間をおいてから、もう一度お試しください。");
        assertThat(recovery.loginIdOrEmail().get()).isEqualTo("Tanaka_01");
        assertThat(desk.store().rows("reset_code")).isEqualTo(3);
    }
}
