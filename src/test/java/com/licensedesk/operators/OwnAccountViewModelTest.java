package com.licensedesk.operators;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.auth.Totp;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** アカウント設定 without a toolkit: an operator's own password and two-factor sign-in, a read-only one too. */
class OwnAccountViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.empty();
    private final Session session = new Session();
    private final Totp totp = new Totp();
    private OwnAccountViewModel own;

    @BeforeEach
    void open() {
        OperatorService operators = desk.services().operators;
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        Operator reader = operators.add(new StaffMember(admin.id(), admin.loginId(), admin.name(), Role.ADMIN)
                .actor(), "reader1", "田中 次郎", Role.READ_ONLY, "Reader9Harbor");
        session.signInStaff(new StaffMember(reader.id(), reader.loginId(), reader.name(), Role.READ_ONLY));
        own = new OwnAccountViewModel(desk.services().ownAccount, session, Fixtures.IN_PLACE, Fixtures.JAPANESE,
                desk.clock());
        own.shown();
    }

    @Test
    void aReadOnlyOperatorChangesTheirPasswordUnderThePolicyAfterTheCurrentOne() {
        assertThat(own.who().get()).isEqualTo("田中 次郎（スタッフID: reader1、閲覧のみ）");
        set("currentPasswordField", "Wrong9Harbor");
        set("newPasswordField", "password");
        set("newPasswordConfirmField", "password");
        own.changePassword();
        assertThat(own.passwordForm().field("newPasswordField").hasError()).as("the password policy").isTrue();

        set("newPasswordField", "Fresh7Lantern");
        set("newPasswordConfirmField", "Fresh7Lantern");
        own.changePassword();
        assertThat(own.passwordForm().field("currentPasswordField").error().get())
                .isEqualTo("現在のパスワードが正しくありません。");
        assertThat(desk.services().staffSignIn.signIn("reader1", "Fresh7Lantern"))
                .isInstanceOf(StaffSignInService.Result.Refused.class);

        set("currentPasswordField", "Reader9Harbor");
        set("newPasswordField", "Fresh7Lantern");
        set("newPasswordConfirmField", "Fresh7Lantern");
        int audited = desk.store().rows("audit_log");
        own.changePassword();
        assertThat(desk.store().rows("audit_log")).as("audited").isEqualTo(audited + 1);
        assertThat(own.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(own.passwordForm().field("newPasswordField").text().get()).isEmpty();
        assertThat(desk.services().staffSignIn.signIn("reader1", "Fresh7Lantern"))
                .isInstanceOf(StaffSignInService.Result.SignedIn.class);
    }

    @Test
    void wrongCurrentPasswordsLockTheOperatorOutAsFailedSignInsDo() {
        for (int i = 0; i < 5; i++) {
            set("currentPasswordField", "Wrong9Harbor");
            set("newPasswordField", "Fresh7Lantern");
            set("newPasswordConfirmField", "Fresh7Lantern");
            own.changePassword();
        }
        assertThat(own.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(own.banner().text()).contains("15");
        assertThat(desk.services().staffSignIn.signIn("reader1", "Reader9Harbor"))
                .isInstanceOf(StaffSignInService.Result.Locked.class);
    }

    @Test
    void twoFactorGoesOnWithACurrentCodeAndOffWithThePasswordAndACode() {
        assertThat(own.enabled().get()).isFalse();
        own.offer();
        String secret = own.offerSecret().get().replace(" ", "");
        assertThat(own.offerUri().get()).contains("reader1").contains(secret);
        own.code().text().set("000000".equals(code(secret)) ? "111111" : "000000");
        own.confirm();
        assertThat(own.code().error().get()).startsWith("確認コードが正しくありません");
        assertThat(own.enabled().get()).isFalse();

        own.code().text().set(code(secret));
        own.confirm();
        assertThat(own.enabled().get()).isTrue();
        assertThat(own.offerUri().get()).as("the secret is shown no more").isEmpty();
        assertThat(desk.services().staffSignIn.signIn("reader1", "Reader9Harbor"))
                .isInstanceOf(StaffSignInService.Result.NeedsSecondFactor.class);

        desk.clock().advance(Duration.ofSeconds(30));
        own.disablePassword().text().set("Wrong9Harbor");
        own.disableCode().text().set(code(secret));
        own.disable();
        assertThat(own.disableError().get()).isEqualTo("パスワードまたは確認コードが正しくありません。");
        assertThat(own.enabled().get()).isTrue();

        own.disablePassword().text().set("Reader9Harbor");
        own.disableCode().text().set(code(secret));
        own.disable();
        assertThat(own.enabled().get()).isFalse();
        assertThat(desk.services().staffSignIn.signIn("reader1", "Reader9Harbor"))
                .isInstanceOf(StaffSignInService.Result.SignedIn.class);
    }

    @Test
    void nothingStaysForTheNextOperator() {
        set("currentPasswordField", "Reader9Harbor");
        own.offer();
        own.clear();
        assertThat(own.passwordForm().field("currentPasswordField").text().get()).isEmpty();
        assertThat(own.offerSecret().get()).isEmpty();
    }

    private String code(String secret) {
        return totp.code(secret, desk.clock().instant());
    }

    private void set(String field, String text) {
        own.passwordForm().field(field).text().set(text);
    }
}
