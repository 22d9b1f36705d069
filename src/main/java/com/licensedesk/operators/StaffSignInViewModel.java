package com.licensedesk.operators;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import com.licensedesk.domain.Text;
import com.licensedesk.auth.Lockout;
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
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * スタッフログイン: the operator's ID and password. On a database with no operator yet, the screen hands over to
 * 最初の管理者を作成.
 */
public final class StaffSignInViewModel implements PersonalData {
    private final StaffSignInService signIn;
    private final OperatorService operators;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<StaffMember> signedIn;
    private final ScreenId back;
    private final Activity activity;
    private final FormField operatorId = FormField.named("operatorIdField").required().build();
    private final FormField password = FormField.named("operatorPasswordField").required().cleanUp(t -> t).build();
    private final Form form = Form.of(operatorId, password);
    private final FormField code = FormField.named("totpField").required().cleanUp(Text::halfWidth).build();
    private final ReadOnlyBooleanWrapper secondStep = new ReadOnlyBooleanWrapper(this, "secondStep", false);
    private StaffMember pending;
    private String notice = "";

    public StaffSignInViewModel(StaffSignInService signIn, OperatorService operators, Tasks tasks,
                                Navigator navigator, Messages messages, Clock clock,
                                Consumer<StaffMember> signedIn, ScreenId back) {
        this.signIn = signIn;
        this.operators = operators;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
        this.signedIn = signedIn;
        this.back = back;
        this.activity = new Activity(tasks, messages, StaffSignInViewModel.class);
    }

    public Form form() {
        return form;
    }

    public FormField code() {
        return code;
    }

    /** True after a right password when the operator has two-factor sign-in: the code is next. */
    public ReadOnlyBooleanProperty secondStep() {
        return secondStep.getReadOnlyProperty();
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** Something to say the next time the screen shows, such as why the operator was signed out. */
    public void notice(String message) {
        notice = message;
    }

    /** The screen is shown: a new database has no operator, so the first admin is made first. */
    public void shown() {
        if (notice.isEmpty()) {
            activity.banner().clear();
        } else {
            activity.banner().info(notice);
            notice = "";
        }
        activity.run("Looking for operators", operators::needsFirstAdmin, needed -> {
            if (needed) {
                navigator.show(OperatorScreens.FIRST_ADMIN);
            }
        });
    }

    /** ログイン. */
    public void signIn() {
        if (activity.isBusy()) {
            return;
        }
        if (!activity.validate(form)) {
            return;
        }
        String typedId = operatorId.value();
        String typedPassword = password.value();
        activity.run("Signing in staff", () -> signIn.signIn(typedId, typedPassword), this::answer);
    }

    /** 確認 on the second step. */
    public void verify() {
        if (activity.isBusy() || pending == null || !code.validate(messages)) {
            return;
        }
        StaffMember waiting = pending;
        String typed = code.value();
        activity.run("Signing in staff", () -> signIn.verify(waiting, typed), this::answer);
    }

    private void answer(StaffSignInService.Result result) {
        password.text().set("");
        code.text().set("");
        if (result instanceof StaffSignInService.Result.NeedsSecondFactor needed) {
            pending = needed.member();
            secondStep.set(true);
        } else if (result instanceof StaffSignInService.Result.SignedIn done) {
            clear();
            signedIn.accept(done.member());
        } else if (result instanceof StaffSignInService.Result.Locked locked) {
            activity.banner().error(Lockout.message(messages, locked.until(), clock.instant()));
        } else if (secondStep.get()) {
            code.refuse(messages.get("auth.login.secondStep.wrong"));
        } else {
            activity.banner().error(messages.get("auth.login.error.refused"));
        }
    }

    /** 戻る: from the code back to the password, or from the password to the customers' Start screen. */
    public void back() {
        if (secondStep.get()) {
            clear();
            return;
        }
        clear();
        navigator.show(back);
    }

    @Override
    public void clear() {
        pending = null;
        secondStep.set(false);
        code.text().set("");
        code.clearError();
        form.clear();
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
