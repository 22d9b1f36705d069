package com.licensedesk.operators;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.session.Role;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import java.util.ArrayList;
import java.util.List;
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
        firstAdmin = new FirstAdminViewModel(operators, Fixtures.IN_PLACE, Fixtures.JAPANESE, signedIn::add);
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
        firstAdmin.create();
        assertThat(signedIn).singleElement().satisfies(member -> {
            assertThat(member.loginId()).isEqualTo("desk.admin");
            assertThat(member.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(firstAdmin.form().field("operatorPasswordField").text().get()).isEmpty();
    }

    @Test
    void signInSaysOneThingForAnyRefusalAndSignsInTheRightOperator() {
        operators.createFirstAdmin("desk.admin", "佐藤 花子", "Admin9Harbor");
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
