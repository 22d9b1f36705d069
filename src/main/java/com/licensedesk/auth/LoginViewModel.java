package com.licensedesk.auth;

import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.Text;
import com.licensedesk.session.Session;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 登録情報を入力してください: login ID, password, "remember login ID", and the answer to ログイン. */
public final class LoginViewModel implements PersonalData {
    private final SignInService signIn;
    private final RememberedLoginId remembered;
    private final Tasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<SignInService.Result.SignedIn> whenSignedIn;
    private final boolean rememberOffered;
    private final FormField loginId = FormField.named("loginIdField").required().cleanUp(Text::halfWidth).build();
    private final FormField password = FormField.named("passwordField").required().cleanUp(typed -> typed).build();
    private final FormField totpCode = FormField.named("totpField").required().cleanUp(Text::halfWidth).build();
    private final Form form = Form.of(loginId, password);
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", false);
    private final ReadOnlyBooleanWrapper secondStep = new ReadOnlyBooleanWrapper(this, "secondStep", false);
    private final ReadOnlyBooleanWrapper changeStep = new ReadOnlyBooleanWrapper(this, "changeStep", false);
    private final NewPasswordFields newPassword = new NewPasswordFields("newPasswordField", "newPasswordConfirmField");
    private final PasswordChangeService passwordChange;
    private final Session session;
    private SignInService.Result.MustChangePassword mustChange;
    /** The temporary password just typed, kept only until it is replaced: the change needs it once more. */
    private String temporaryPassword = "";
    private String lastTyped = "";
    private final Activity activity;
    private final Banner banner;
    private String notice = "";
    private SignInService.Result.NeedsSecondFactor pending;
    private boolean keepLoginId;

    /** {@code rememberOffered} is false at a kiosk: nothing of one customer is kept for the next. */
    public LoginViewModel(SignInService signIn, PasswordChangeService passwordChange, RememberedLoginId remembered,
                          Session session, Tasks tasks, Messages messages, Clock clock,
                          Consumer<SignInService.Result.SignedIn> whenSignedIn, boolean rememberOffered) {
        this.session = session;
        this.passwordChange = passwordChange;
        this.signIn = signIn;
        this.remembered = remembered;
        this.tasks = tasks;
        this.activity = new Activity(tasks, messages, LoginViewModel.class);
        this.banner = activity.banner();
        this.messages = messages;
        this.clock = clock;
        this.whenSignedIn = whenSignedIn;
        this.rememberOffered = rememberOffered;
    }

    /**
     * スタッフログイン and 設定 are for whoever stands at a desk nobody is signed in to: a customer signing in while an
     * operator is signed in is at the operator's desk, which needs neither.
     */
    public boolean visitorLinksOffered() {
        return session.staff().isEmpty();
    }

    /** ログインIDを記憶する is offered (not at a kiosk). */
    public boolean rememberOffered() {
        return rememberOffered;
    }

    public StringProperty loginId() {
        return loginId.text();
    }

    public StringProperty password() {
        return password.text();
    }

    public BooleanProperty remember() {
        return remember;
    }

    public ReadOnlyStringProperty loginIdError() {
        return loginId.error();
    }

    public ReadOnlyStringProperty passwordError() {
        return password.error();
    }

    /** True after a right password when two-factor sign-in is on: the code is asked for next. */
    public ReadOnlyBooleanProperty secondStep() {
        return secondStep.getReadOnlyProperty();
    }

    /** True after a temporary password from the desk: the customer sets a password of their own next. */
    public ReadOnlyBooleanProperty changeStep() {
        return changeStep.getReadOnlyProperty();
    }

    /** The new password and its confirmation on the change step. */
    public Form newPasswordForm() {
        return newPassword.form();
    }

    public StringProperty totpCode() {
        return totpCode.text();
    }

    public ReadOnlyStringProperty totpError() {
        return totpCode.error();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /** Something to say the next time the screen is shown, such as why the person was signed out. */
    public void notice(String message) {
        notice = message;
    }

    /** The screen is shown: the remembered login ID is filled in, and a notice is said once. */
    public void shown() {
        if (notice.isEmpty()) {
            banner.clear();
        } else {
            banner.info(notice);
            notice = "";
        }
        remembered.get().filter(id -> rememberOffered).ifPresent(id -> {
            if (loginId.text().get().isEmpty()) {
                loginId.text().set(id);
            }
            remember.set(true);
        });
    }

    /** True when the login ID is already filled in, so the cursor belongs in the password field. */
    public boolean loginIdKnown() {
        return !loginId.value().isEmpty();
    }

    /** ログイン: both fields are required; the check itself runs in the background. */
    public void signIn() {
        if (activity.isBusy()) {
            return;
        }
        if (!activity.validate(form)) {
            return;
        }
        String typedId = loginId.value();
        String typedPassword = password.value();
        keepLoginId = rememberOffered && remember.get();
        lastTyped = typedPassword;
        activity.run("Signing in", () -> rememberIfSignedIn(signIn.signIn(typedId, typedPassword)), this::answer);
    }

    /** 確認 on the second step: the authenticator's code or a recovery code. */
    public void verify() {
        if (activity.isBusy() || pending == null) {
            return;
        }
        if (!totpCode.validate(messages)) {
            return;
        }
        SignInService.Result.NeedsSecondFactor waiting = pending;
        String typed = totpCode.value();
        activity.run("Signing in", () -> rememberIfSignedIn(
                signIn.verifySecondFactor(waiting.accountId(), waiting.loginId(), typed)), this::answer);
    }

    /** 変更してログイン on the change step: the new password replaces the temporary one, then the sign-in goes on. */
    public void changePassword() {
        if (activity.isBusy() || mustChange == null || !activity.validate(newPassword.form())) {
            return;
        }
        SignInService.Result.MustChangePassword waiting = mustChange;
        String temporary = temporaryPassword;
        String chosen = newPassword.password().value();
        activity.run("Replacing the temporary password", () -> {
            PasswordChangeService.Result changed = passwordChange.replaceTemporary(waiting.accountId(), temporary,
                    chosen);
            if (changed instanceof PasswordChangeService.Result.Changed) {
                return rememberIfSignedIn(signIn.signIn(waiting.loginId(), chosen));
            }
            if (changed instanceof PasswordChangeService.Result.Locked locked) {
                return new SignInService.Result.Locked(locked.until());
            }
            return new SignInService.Result.Refused();
        }, result -> {
            leaveChangeStep();
            answer(result);
        });
    }

    private void leaveChangeStep() {
        mustChange = null;
        temporaryPassword = "";
        changeStep.set(false);
        newPassword.form().clear();
    }

    /** Keeps or forgets the login ID once the sign-in is complete; runs in the background (it writes a file). */
    private SignInService.Result rememberIfSignedIn(SignInService.Result result) {
        if (result instanceof SignInService.Result.SignedIn signedIn && rememberOffered) {
            if (keepLoginId) {
                remembered.remember(signedIn.loginId());
            } else {
                remembered.forget();
            }
        }
        return result;
    }

    private void answer(SignInService.Result result) {
        password.text().set("");
        totpCode.text().set("");
        String typed = lastTyped;
        lastTyped = "";
        if (result instanceof SignInService.Result.SignedIn signedIn) {
            leaveSecondStep();
            loginId.text().set(keepLoginId ? signedIn.loginId() : "");
            whenSignedIn.accept(signedIn);
        } else if (result instanceof SignInService.Result.NeedsSecondFactor needed) {
            pending = needed;
            secondStep.set(true);
        } else if (result instanceof SignInService.Result.MustChangePassword change) {
            mustChange = change;
            temporaryPassword = typed;
            changeStep.set(true);
            banner.info(messages.get("auth.login.mustChange.lead"));
        } else if (result instanceof SignInService.Result.TemporaryExpired) {
            banner.error(messages.get("auth.login.error.temporaryExpired"));
        } else if (result instanceof SignInService.Result.Locked locked) {
            leaveSecondStep();
            banner.error(Lockout.message(messages, locked.until(), clock.instant()));
        } else if (secondStep.get()) {
            totpCode.refuse(messages.get("auth.login.secondStep.wrong"));
        } else {
            banner.error(messages.get("auth.login.error.refused"));
        }
    }

    /** 戻る on the second step: back to the login ID and password, nothing of the second step kept. */
    public void backToFirstStep() {
        if (activity.isBusy()) {
            return;
        }
        totpCode.text().set("");
        leaveSecondStep();
        banner.clear();
    }

    private void leaveSecondStep() {
        pending = null;
        secondStep.set(false);
        totpCode.clearError();
    }


    /** The session ended: nothing typed stays, except a remembered login ID. */
    @Override
    public void clear() {
        form.clear();
        totpCode.text().set("");
        loginId.text().set(remembered.get().filter(id -> rememberOffered).orElse(""));
        remember.set(rememberOffered && remembered.get().isPresent());
        leaveSecondStep();
        leaveChangeStep();
        lastTyped = "";
        banner.clear();
    }
}
