package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 登録情報を入力してください without a toolkit: required fields, the answers, remembering the login ID, the lock. */
class LoginViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final List<SignInService.Result.SignedIn> signedIn = new ArrayList<>();
    private final Session session = new Session();
    private RememberedLoginId remembered;
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        remembered = desk.services().rememberedLoginId;
    }

    private LoginViewModel login(boolean rememberOffered) {
        return new LoginViewModel(desk.services().signIn, desk.services().passwordChange, remembered, session,
                Fixtures.IN_PLACE, Fixtures.JAPANESE, desk.clock(), signedIn::add, rememberOffered);
    }

    @Test
    void aCustomerSigningInAtAnOperatorsDeskIsNotOfferedStaffSignInOrSettings() {
        LoginViewModel login = login(false);
        assertThat(login.visitorLinksOffered()).isTrue();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        assertThat(login.visitorLinksOffered()).isFalse();
    }

    @Test
    void bothFieldsAreRequiredAndNothingIsAskedWithoutThem() {
        LoginViewModel login = login(true);
        login.signIn();
        assertThat(login.loginIdError().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(login.passwordError().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(desk.store().rows("sign_in_attempt")).isZero();
    }

    @Test
    void aWrongPasswordIsRefusedAndForgottenTheRightOneSignsInAndIsRemembered() {
        LoginViewModel login = login(true);
        login.loginId().set("tanaka_01");
        login.password().set("Wrong0ne");
        login.signIn();
        assertThat(login.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(login.banner().text()).isEqualTo("ログインIDまたはパスワードが正しくありません。");
        assertThat(login.password().get()).isEmpty();
        assertThat(signedIn).isEmpty();

        login.password().set("Sakura7Desk");
        login.remember().set(true);
        login.signIn();
        assertThat(signedIn).containsExactly(new SignInService.Result.SignedIn(accountId, "Tanaka_01"));
        assertThat(remembered.get()).hasValue("Tanaka_01");
        assertThat(login.loginId().get()).isEqualTo("Tanaka_01");
    }

    @Test
    void aKioskNeverRemembersTheLoginId() {
        LoginViewModel login = login(false);
        login.loginId().set("Tanaka_01");
        login.password().set("Sakura7Desk");
        login.remember().set(true);
        login.signIn();
        assertThat(signedIn).hasSize(1);
        assertThat(remembered.get()).isEmpty();
        assertThat(login.loginId().get()).isEmpty();
    }

    @Test
    void theFifthFailureLocksAndSaysUntilWhen() {
        LoginViewModel login = login(true);
        for (int i = 0; i < 5; i++) {
            login.loginId().set("Tanaka_01");
            login.password().set("Wrong0ne");
            login.signIn();
        }
        assertThat(login.banner().text()).contains("15分");
        login.password().set("Sakura7Desk");
        login.signIn();
        assertThat(signedIn).as("locked: even the right password waits").isEmpty();
    }

    @Test
    void clearLeavesOnlyARememberedLoginIdAndSaysANoticeOnce() {
        remembered.remember("Tanaka_01");
        LoginViewModel login = login(true);
        login.password().set("typed");
        login.clear();
        assertThat(login.password().get()).isEmpty();
        assertThat(login.loginId().get()).isEqualTo("Tanaka_01");

        login.notice("操作せずに一定時間が経過したため、ログアウトしました。");
        login.shown();
        assertThat(login.banner().kind()).isEqualTo(Banner.Kind.INFO);
        login.shown();
        assertThat(login.banner().kind()).isEqualTo(Banner.Kind.NONE);
    }

    @Test
    void aTemporaryPasswordFromTheDeskIsReplacedBeforeTheSessionBegins() {
        Acting atDesk = new Acting(accountId, "Tanaka_01", Actor.operator("desk.clerk", Role.CLERK));
        String temporary = desk.services().temporaryPasswords.issue(atDesk).password();
        LoginViewModel login = login(true);
        login.loginId().set("Tanaka_01");
        login.password().set(temporary);
        login.signIn();
        assertThat(login.changeStep().get()).isTrue();
        assertThat(signedIn).isEmpty();

        login.newPasswordForm().field("newPasswordField").text().set("Mine1Pass");
        login.newPasswordForm().field("newPasswordConfirmField").text().set("Other1Pass");
        login.changePassword();
        assertThat(login.newPasswordForm().field("newPasswordConfirmField").hasError()).isTrue();
        login.newPasswordForm().field("newPasswordConfirmField").text().set("Mine1Pass");
        login.changePassword();
        assertThat(signedIn).containsExactly(new SignInService.Result.SignedIn(accountId, "Tanaka_01"));
        assertThat(login.changeStep().get()).isFalse();
        assertThat(desk.services().signIn.signIn("Tanaka_01", temporary)).isEqualTo(new SignInService.Result.Refused());
    }

    @Test
    void anExpiredTemporaryPasswordSaysToAskTheDeskAgain() {
        Acting atDesk = new Acting(accountId, "Tanaka_01", Actor.operator("desk.clerk", Role.CLERK));
        String temporary = desk.services().temporaryPasswords.issue(atDesk).password();
        desk.clock().advance(java.time.Duration.ofHours(25));
        LoginViewModel login = login(true);
        login.loginId().set("Tanaka_01");
        login.password().set(temporary);
        login.signIn();
        assertThat(login.banner().text()).startsWith("仮パスワードの有効期限が切れています。");
        assertThat(signedIn).isEmpty();
    }
}
