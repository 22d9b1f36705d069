package com.licensedesk.operators;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.NewPasswordFields;
import com.licensedesk.domain.Text;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * 最初の管理者を作成: on a database with no operator, the first admin, who is then signed in; the installation's
 * set-up code ({@code license-desk setup-code}) shows that whoever types it may set the desk up.
 */
public final class FirstAdminViewModel implements PersonalData {
    private final OperatorService operators;
    private final Messages messages;
    private final Consumer<StaffMember> signedIn;
    private final Navigator navigator;
    private final ScreenId back;
    private final Activity activity;
    private final FormField setupCode = FormField.named("setupCodeField").required().cleanUp(String::strip).build();
    private final FormField operatorId = FormField.named("operatorIdField").required().rules(LoginId.RULE).build();
    private final FormField name = FormField.named("operatorNameField").required().rules(Text.maxLength(100))
            .build();
    private final NewPasswordFields password = new NewPasswordFields("operatorPasswordField",
            "operatorPasswordConfirmField");
    private final Form form = Form.joining(Form.of(setupCode, operatorId, name), password.form());

    /** {@code back}: where 戻る leads (the Start screen, as from スタッフログイン). */
    public FirstAdminViewModel(OperatorService operators, Tasks tasks, Navigator navigator, Messages messages,
                               Consumer<StaffMember> signedIn, ScreenId back) {
        this.operators = operators;
        this.messages = messages;
        this.signedIn = signedIn;
        this.navigator = navigator;
        this.back = back;
        this.activity = new Activity(tasks, messages, FirstAdminViewModel.class);
    }

    public Form form() {
        return form;
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** 作成してログイン. */
    public void create() {
        if (activity.isBusy() || !activity.validate(form)) {
            return;
        }
        String typedCode = setupCode.value();
        String typedId = operatorId.value();
        String typedName = name.value();
        String typedPassword = password.password().value();
        activity.run("Creating the first admin",
                () -> operators.createFirstAdmin(typedCode, typedId, typedName, typedPassword),
                created -> {
                    clear();
                    signedIn.accept(new StaffMember(created.id(), created.loginId(), created.name(),
                            created.role()));
                }, failure -> {
                    if (failure instanceof OperatorService.Refused refused
                            && refused.reason() == OperatorService.Refusal.WRONG_SETUP_CODE) {
                        setupCode.refuse(messages.get(refused.reason().messageKey()));
                        activity.banner().fieldsNeedAttention(messages, form);
                    } else if (failure instanceof OperatorService.Refused refused) {
                        activity.banner().error(messages.get(refused.reason().messageKey()));
                    } else {
                        activity.failed("Creating the first admin", failure);
                    }
                });
    }

    /** 戻る: nothing is made; nothing typed stays. */
    public void back() {
        clear();
        navigator.show(back);
    }

    @Override
    public void clear() {
        form.clear();
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
