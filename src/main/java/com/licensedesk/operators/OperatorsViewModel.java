package com.licensedesk.operators;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.NewPasswordFields;
import com.licensedesk.domain.Text;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * スタッフ管理 (admins): the staff, a new operator with a role, deactivating one, and a new password for one who
 * forgot theirs. The services check the role again; this screen only leads the way.
 */
public final class OperatorsViewModel implements PersonalData {
    /** Role choices in the screen's words, by the role's name. */
    public static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

    /** One operator as listed. */
    public record Row(String loginId, String name, String role, String state, boolean active, String twoFactor,
                      boolean hasTwoFactor) {
    }

    private final OperatorService operators;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Activity activity;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FormField loginId = FormField.named("newOperatorIdField").required().rules(LoginId.RULE).build();
    private final FormField name = FormField.named("newOperatorNameField").required().rules(Text.maxLength(100))
            .build();
    private final FormField role = FormField.named("newOperatorRoleField").required().choices(ROLES).build();
    private final NewPasswordFields password = new NewPasswordFields("newOperatorPasswordField",
            "newOperatorPasswordConfirmField");
    private final Form addForm = Form.joining(Form.of(loginId, name, role), password.form());
    private final NewPasswordFields reset = new NewPasswordFields("resetPasswordField", "resetPasswordConfirmField");
    private final ReadOnlyStringWrapper rowToShow = new ReadOnlyStringWrapper(this, "rowToShow", "");

    public OperatorsViewModel(OperatorService operators, Session session, Tasks tasks, Dialogs dialogs,
                              Messages messages) {
        this.operators = operators;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.activity = new Activity(tasks, messages, OperatorsViewModel.class);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Form addForm() {
        return addForm;
    }

    public Form resetForm() {
        return reset.form();
    }

    /**
     * The login ID of the operator a change was for (the one just added, deactivated or given a new password), once
     * the list shows it: the screen selects that row, puts the cursor on it and shows the banner above it.
     */
    public ReadOnlyStringProperty rowToShow() {
        return rowToShow.getReadOnlyProperty();
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** The role's label for a choice. */
    public String roleLabel(String roleName) {
        return messages.get(Role.valueOf(roleName).labelKey());
    }

    public void shown() {
        role.text().set(Role.CLERK.name());
        rowToShow.set("");
        load("");
    }

    /** Reads the list; then shows {@code changed}'s row when it is a login ID. */
    private void load(String changed) {
        activity.run("Reading the staff", operators::all, all -> {
            rows.setAll(all.stream()
                    .map(o -> new Row(o.loginId(), o.name(), messages.get(o.role().labelKey()),
                            messages.get(o.active() ? "cli.operator.active" : "cli.operator.inactive"), o.active(),
                            messages.get(o.twoFactor() ? "operators.twoFactor.on" : "operators.twoFactor.off"),
                            o.twoFactor()))
                    .toList());
            // Set anew each time: the same operator changed twice is shown twice.
            rowToShow.set("");
            rows.stream().filter(row -> LoginId.folded(row.loginId()).equals(LoginId.folded(changed))
                    && !changed.isEmpty()).findFirst().ifPresent(row -> rowToShow.set(row.loginId()));
        });
    }

    /** 追加. */
    public void add() {
        if (activity.isBusy() || !activity.validate(addForm)) {
            return;
        }
        Actor actor = actor();
        String typedId = loginId.value();
        String typedName = name.value();
        Role typedRole = Role.valueOf(role.value());
        String typedPassword = password.password().value();
        change("Adding an operator", typedId,
                () -> operators.add(actor, typedId, typedName, typedRole, typedPassword), done -> {
                    addForm.clear();
                    role.text().set(Role.CLERK.name());
                    activity.banner().success(messages.get("operators.added", typedId));
                });
    }

    /** 無効にする, once the admin has said yes. */
    public void deactivate(Row row) {
        if (row != null) {
            afterYes(row, "operators.deactivate", "operators.deactivate.confirm", "Deactivating an operator",
                    actor -> operators.deactivate(actor, row.loginId()), "operators.deactivated");
        }
    }

    /**
     * 2要素認証を解除, once the admin has said yes: for an operator who lost their authenticator (operators have no
     * recovery codes; another admin, or {@code license-desk operator totp-off} at the machine, helps them in).
     */
    public void switchOffTwoFactor(Row row) {
        if (row != null && row.hasTwoFactor()) {
            afterYes(row, "operators.twoFactorOff", "operators.twoFactorOff.confirm",
                    "Switching off an operator's two-factor sign-in",
                    actor -> operators.disableTotp(actor, row.loginId()), "operators.twoFactorOffDone");
        }
    }

    /**
     * A change for {@code row}'s operator once the admin said yes to the question {@code questionKey} under the title
     * {@code titleKey}; {@code doneKey} says it was made.
     */
    private void afterYes(Row row, String titleKey, String questionKey, String what, Consumer<Actor> work,
                          String doneKey) {
        if (activity.isBusy() || !dialogs.confirm(messages.get(titleKey),
                messages.get(questionKey, row.name(), row.loginId()))) {
            return;
        }
        Actor actor = actor();
        change(what, row.loginId(), () -> {
            work.accept(actor);
            return true;
        }, done -> activity.banner().success(messages.get(doneKey, row.loginId())));
    }

    /** パスワードを再設定: the new password typed twice for the chosen operator. */
    public void resetPassword(Row row) {
        if (row == null || activity.isBusy() || !activity.validate(reset.form())) {
            return;
        }
        Actor actor = actor();
        String typed = reset.password().value();
        change("Resetting an operator's password", row.loginId(), () -> {
            operators.resetPassword(actor, row.loginId(), typed);
            return true;
        }, done -> {
            reset.form().clear();
            activity.banner().success(messages.get("operators.passwordReset", row.loginId()));
        });
    }

    private <T> void change(String what, String loginIdChanged, java.util.concurrent.Callable<T> work,
                            Consumer<T> done) {
        activity.run(what, work, result -> {
            done.accept(result);
            load(loginIdChanged);
        }, failure -> {
            if (failure instanceof OperatorService.Refused refused
                    && refused.reason() == OperatorService.Refusal.LOGIN_ID_TAKEN) {
                // Said beside the field typed, where the admin is looking.
                loginId.refuse(messages.get(refused.reason().messageKey()));
                activity.banner().fieldsNeedAttention(messages, addForm);
            } else if (failure instanceof OperatorService.Refused refused) {
                activity.banner().error(messages.get(refused.reason().messageKey()));
            } else {
                activity.failed(what, failure);
            }
        });
    }

    private Actor actor() {
        return session.staff().map(StaffMember::actor).orElseThrow();
    }

    @Override
    public void clear() {
        rows.clear();
        rowToShow.set("");
        addForm.clear();
        reset.form().clear();
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
