package com.licensedesk.operators;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** スタッフ管理 without a toolkit: adding with a role, deactivating, a new password; a clerk is refused. */
class OperatorsViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.empty();
    private OperatorService operators;
    private final Session session = new Session();
    private final AnsweringDialogs dialogs = new AnsweringDialogs().sayingYes();

    @BeforeEach
    void open() {
        operators = desk.services().operators;
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        session.signInStaff(new StaffMember(admin.id(), admin.loginId(), admin.name(), Role.ADMIN));
    }

    @Test
    void anAdminAddsDeactivatesAndResetsAndTheListFollows() {
        OperatorsViewModel list = new OperatorsViewModel(operators, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE);
        list.shown();
        assertThat(list.rows()).extracting(OperatorsViewModel.Row::loginId).containsExactly("desk.admin");
        assertThat(list.addForm().field("newOperatorRoleField").text().get()).isEqualTo("CLERK");

        list.add();
        assertThat(list.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        list.addForm().field("newOperatorIdField").text().set("clerk.one");
        list.addForm().field("newOperatorNameField").text().set("鈴木 一郎");
        list.addForm().field("newOperatorPasswordField").text().set("Clerk1Pass");
        list.addForm().field("newOperatorPasswordConfirmField").text().set("Clerk1Pass");
        list.add();
        assertThat(list.rows()).extracting(OperatorsViewModel.Row::role).containsExactly("担当者", "管理者");

        OperatorsViewModel.Row clerk = list.rows().get(0);
        list.resetForm().field("resetPasswordField").text().set("Other1Pass");
        list.resetForm().field("resetPasswordConfirmField").text().set("Other1Pass");
        list.resetPassword(clerk);
        assertThat(list.banner().text()).isEqualTo("スタッフ clerk.one のパスワードを再設定しました。");

        list.deactivate(clerk);
        assertThat(list.rows().get(0).state()).isEqualTo("無効");
        list.deactivate(list.rows().get(1));
        assertThat(list.banner().text()).isEqualTo("ログイン中の自分自身は無効にできません。");
    }

    @Test
    void afterAddingTheNewRowIsShownAndATakenLoginIdIsSaidBesideItsField() {
        OperatorsViewModel list = new OperatorsViewModel(operators, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE);
        list.shown();
        assertThat(list.rowToShow().get()).isEmpty();
        fillNew(list, "clerk1");
        list.add();
        assertThat(list.banner().text()).isEqualTo("スタッフ clerk1 を追加しました。");
        assertThat(list.rowToShow().get()).as("the screen selects and focuses the new row").isEqualTo("clerk1");

        fillNew(list, "CLERK1");
        list.add();
        assertThat(list.addForm().field("newOperatorIdField").error().get())
                .isEqualTo("このスタッフIDはすでに使われています。");
        assertThat(list.addForm().field("newOperatorNameField").text().get()).as("nothing typed is lost")
                .isEqualTo("鈴木 一郎");
    }

    private static void fillNew(OperatorsViewModel list, String loginId) {
        list.addForm().field("newOperatorIdField").text().set(loginId);
        list.addForm().field("newOperatorNameField").text().set("鈴木 一郎");
        list.addForm().field("newOperatorPasswordField").text().set("Clerk1Pass");
        list.addForm().field("newOperatorPasswordConfirmField").text().set("Clerk1Pass");
    }

    @Test
    void deactivatingAsksFirstAndANoLeavesTheOperatorActive() {
        operators.add(session.staff().orElseThrow().actor(), "clerk.one", "鈴木 一郎", Role.CLERK, "Clerk1Pass");
        OperatorsViewModel list = new OperatorsViewModel(operators, session, Fixtures.IN_PLACE, dialogs.sayingNo(),
                Fixtures.JAPANESE);
        list.shown();
        OperatorsViewModel.Row clerk = list.rows().get(0);
        int audited = desk.store().rows("audit_log");

        list.deactivate(clerk);
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("無効にする");
            assertThat(asked.detail()).contains("鈴木 一郎").contains("clerk.one");
        });
        assertThat(operators.all()).filteredOn(o -> o.loginId().equals("clerk.one"))
                .singleElement().satisfies(o -> assertThat(o.active()).isTrue());
        assertThat(desk.store().rows("audit_log")).as("nothing was done").isEqualTo(audited);
        assertThat(list.banner().kind()).isEqualTo(Banner.Kind.NONE);

        dialogs.sayingYes();
        list.deactivate(clerk);
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(operators.all()).filteredOn(o -> o.loginId().equals("clerk.one"))
                .singleElement().satisfies(o -> assertThat(o.active()).isFalse());
        assertThat(list.banner().text()).isEqualTo("スタッフ clerk.one を無効にしました。");
    }

    @Test
    void anAdminSwitchesOffTheTwoFactorOfAStaffMemberWhoLostTheirAuthenticatorAfterAYes() {
        Actor admin = session.staff().orElseThrow().actor();
        operators.add(admin, "clerk.one", "鈴木 一郎", Role.CLERK, "Clerk1Pass");
        operators.enableTotp(admin, "clerk.one");
        OperatorsViewModel list = new OperatorsViewModel(operators, session, Fixtures.IN_PLACE, dialogs.sayingNo(),
                Fixtures.JAPANESE);
        list.shown();
        OperatorsViewModel.Row clerk = list.rows().get(0);
        assertThat(list.rows()).extracting(OperatorsViewModel.Row::twoFactor).containsExactly("有効", "なし");

        list.switchOffTwoFactor(list.rows().get(1));
        assertThat(dialogs.asked()).as("an operator without two-factor has nothing to switch off").isEmpty();
        list.switchOffTwoFactor(clerk);
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("2要素認証を解除");
            assertThat(asked.detail()).contains("鈴木 一郎").contains("clerk.one");
        });
        assertThat(list.rows().get(0).hasTwoFactor()).as("a no does nothing").isTrue();

        dialogs.sayingYes();
        list.switchOffTwoFactor(clerk);
        assertThat(list.banner().text()).startsWith("スタッフ clerk.one の2要素認証を解除しました。");
        assertThat(list.rows().get(0).twoFactor()).isEqualTo("なし");
        assertThat(list.rowToShow().get()).isEqualTo("clerk.one");
        assertThat(operators.all()).filteredOn(o -> o.loginId().equals("clerk.one"))
                .singleElement().satisfies(o -> assertThat(o.twoFactor()).isFalse());
    }

    @Test
    void aClerkIsRefusedByTheServiceEvenIfTheScreenWereOpen() {
        session.signInStaff(new StaffMember(9, "clerk.one", "鈴木 一郎", Role.CLERK));
        OperatorsViewModel list = new OperatorsViewModel(operators, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE);
        list.addForm().field("newOperatorIdField").text().set("clerk.two");
        list.addForm().field("newOperatorNameField").text().set("X");
        list.addForm().field("newOperatorRoleField").text().set("ADMIN");
        list.addForm().field("newOperatorPasswordField").text().set("Clerk1Pass");
        list.addForm().field("newOperatorPasswordConfirmField").text().set("Clerk1Pass");
        list.add();
        assertThat(list.banner().text()).isEqualTo("この操作を行う権限がありません。");
        assertThat(operators.all()).hasSize(1);
    }
}
