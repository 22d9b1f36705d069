package com.licensedesk.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.session.Role;
import com.licensedesk.setup.SetupCode;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** スタッフログイン and 最初の管理者を作成 without a toolkit. */
class StaffViewModelsTest {
    @RegisterExtension final TestDesk desk = TestDesk.empty();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<StaffMember> signedIn = new ArrayList<>();
    private OperatorService operators;
    private StaffSignInViewModel signIn;
    private FirstAdminViewModel firstAdmin;

    @BeforeEach
    void open() {
        operators = desk.services().operators;
        signIn = new StaffSignInViewModel(desk.services().staffSignIn, operators, Fixtures.IN_PLACE, navigator,
                Fixtures.JAPANESE, Fixtures.CLOCK, signedIn::add, RegistrationScreens.START);
        firstAdmin = new FirstAdminViewModel(operators, Fixtures.IN_PLACE, navigator, Fixtures.JAPANESE, signedIn::add,
                RegistrationScreens.START);
    }

    @Test
    void aNewDatabaseGoesToTheFirstAdminWhoseFieldsFollowTheRules() {
        signIn.shown();
        assertThat(navigator.last()).isEqualTo(OperatorScreens.FIRST_ADMIN);

        firstAdmin.form().field("operatorIdField").text().set("ab");
        firstAdmin.form().field("operatorPasswordField").text().set("password");
        firstAdmin.form().field("operatorPasswordConfirmField").text().set("password");
        firstAdmin.create();
        assertThat(firstAdmin.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(firstAdmin.form().field("operatorIdField").hasError()).isTrue();
        assertThat(firstAdmin.form().field("operatorNameField").error().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(firstAdmin.form().field("operatorPasswordField").hasError()).isTrue();
        assertThat(signedIn).isEmpty();

        firstAdmin.form().field("operatorIdField").text().set("desk.admin");
        firstAdmin.form().field("operatorNameField").text().set("佐藤 花子");
        firstAdmin.form().field("operatorPasswordField").text().set("Admin9Harbor");
        firstAdmin.form().field("operatorPasswordConfirmField").text().set("Admin9Harbor");
        firstAdmin.form().field("setupCodeField").text().set(setupCode().toLowerCase(Locale.ROOT));
        firstAdmin.create();
        assertThat(signedIn).singleElement().satisfies(member -> {
            assertThat(member.loginId()).isEqualTo("desk.admin");
            assertThat(member.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(firstAdmin.form().field("operatorPasswordField").text().get()).isEmpty();
    }

    @Test
    void theFirstAdminNeedsTheInstallationsSetupCodeWhichWorksOnce() throws IOException {
        String code = setupCode();
        assertThat(Files.readString(home().resolve(SetupCode.FILE)).strip()).isEqualTo(code);
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home().resolve(SetupCode.FILE))))
                    .as("only the machine's administrator reads it").isEqualTo("rw-------");
        }
        firstAdmin.form().field("operatorIdField").text().set("desk.admin");
        firstAdmin.form().field("operatorNameField").text().set("佐藤 花子");
        firstAdmin.form().field("operatorPasswordField").text().set("Admin9Harbor");
        firstAdmin.form().field("operatorPasswordConfirmField").text().set("Admin9Harbor");
        firstAdmin.create();
        assertThat(firstAdmin.form().field("setupCodeField").error().get()).isEqualTo("必須項目です。入力してください。");

        firstAdmin.form().field("setupCodeField").text().set("ABCD-EFGH-JKLM");
        firstAdmin.create();
        assertThat(firstAdmin.form().field("setupCodeField").error().get())
                .isEqualTo("セットアップコードが正しくありません。データフォルダーの setup-code ファイルにあるコード"
                        + "（license-desk setup-code で表示されるコード）を入力してください。");
        assertThat(firstAdmin.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(signedIn).isEmpty();
        assertThat(operators.needsFirstAdmin()).isTrue();

        firstAdmin.form().field("setupCodeField").text().set(code.replace("-", ""));
        firstAdmin.form().field("operatorPasswordField").text().set("Admin9Harbor");
        firstAdmin.form().field("operatorPasswordConfirmField").text().set("Admin9Harbor");
        firstAdmin.create();
        assertThat(signedIn).hasSize(1);
        // Used up; the settings PIN is still to be set, so a new code waits for it.
        assertThat(setupCode()).isNotEqualTo(code);
        assertThatThrownBy(() -> operators.createFirstAdmin(code, "intruder", "X", "Admin9Harbor"))
                .isInstanceOfSatisfying(OperatorService.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OperatorService.Refusal.WRONG_SETUP_CODE));
    }

    @Test
    void backFromTheFirstAdminLeadsToTheStartAndKeepsNothingTyped() {
        firstAdmin.form().field("operatorIdField").text().set("desk.admin");
        firstAdmin.form().field("setupCodeField").text().set("ABCD");
        firstAdmin.back();
        assertThat(navigator.last()).isEqualTo(RegistrationScreens.START);
        assertThat(firstAdmin.form().field("operatorIdField").text().get()).isEmpty();
        assertThat(firstAdmin.form().field("setupCodeField").text().get()).isEmpty();
        assertThat(operators.needsFirstAdmin()).isTrue();
    }

    private String setupCode() {
        return desk.services().setupCode.current().orElseThrow();
    }

    private Path home() {
        return desk.folder();
    }

    @Test
    void signInSaysOneThingForAnyRefusalAndSignsInTheRightOperator() {
        operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        signIn.shown();
        assertThat(navigator.shown).isEmpty();
        signIn.signIn();
        assertThat(signIn.form().field("operatorIdField").error().get()).isEqualTo("必須項目です。入力してください。");

        signIn.form().field("operatorIdField").text().set("desk.admin");
        signIn.form().field("operatorPasswordField").text().set("wrong");
        signIn.signIn();
        assertThat(signIn.banner().text()).isEqualTo("ログインIDまたはパスワードが正しくありません。");
        assertThat(signIn.form().field("operatorPasswordField").text().get()).isEmpty();

        signIn.form().field("operatorPasswordField").text().set("Admin9Harbor");
        signIn.signIn();
        assertThat(signedIn).extracting(StaffMember::name).containsExactly("佐藤 花子");
        assertThat(signIn.form().field("operatorIdField").text().get()).as("nothing stays for the next person")
                .isEmpty();

        signIn.back();
        assertThat(navigator.last()).isEqualTo(RegistrationScreens.START);
    }
}
