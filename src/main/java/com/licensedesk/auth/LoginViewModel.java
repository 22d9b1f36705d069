package com.licensedesk.auth;

import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Tasks;
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
public final class LoginViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final SignInService signIn;
    private final RememberedLoginId remembered;
    private final Tasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<SignInService.Result.SignedIn> whenSignedIn;
    private final boolean rememberOffered;
    private final StringProperty loginId = new SimpleStringProperty(this, "loginId", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", false);
    private final ReadOnlyStringWrapper loginIdError = new ReadOnlyStringWrapper(this, "loginIdError", "");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper secondStep = new ReadOnlyBooleanWrapper(this, "secondStep", false);
    private final StringProperty totpCode = new SimpleStringProperty(this, "totpCode", "");
    private final ReadOnlyStringWrapper totpError = new ReadOnlyStringWrapper(this, "totpError", "");
    private final Banner banner = new Banner();
    private String notice = "";
    private SignInService.Result.NeedsSecondFactor pending;
    private boolean keepLoginId;

    /** {@code rememberOffered} is false at a kiosk: nothing of one customer is kept for the next. */
    public LoginViewModel(SignInService signIn, RememberedLoginId remembered, Tasks tasks, Messages messages,
                          Clock clock, Consumer<SignInService.Result.SignedIn> whenSignedIn, boolean rememberOffered) {
        this.signIn = signIn;
        this.remembered = remembered;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.whenSignedIn = whenSignedIn;
        this.rememberOffered = rememberOffered;
    }

    /** ログインIDを記憶する is offered (not at a kiosk). */
    public boolean rememberOffered() {
        return rememberOffered;
    }

    public StringProperty loginId() {
        return loginId;
    }

    public StringProperty password() {
        return password;
    }

    public BooleanProperty remember() {
        return remember;
    }

    public ReadOnlyStringProperty loginIdError() {
        return loginIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordError() {
        return passwordError.getReadOnlyProperty();
    }

    /** True after a right password when two-factor sign-in is on: the code is asked for next. */
    public ReadOnlyBooleanProperty secondStep() {
        return secondStep.getReadOnlyProperty();
    }

    public StringProperty totpCode() {
        return totpCode;
    }

    public ReadOnlyStringProperty totpError() {
        return totpError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
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
            if (loginId.get().isEmpty()) {
                loginId.set(id);
            }
            remember.set(true);
        });
    }

    /** True when the login ID is already filled in, so the cursor belongs in the password field. */
    public boolean loginIdKnown() {
        return !loginId.get().isBlank();
    }

    /** ログイン: both fields are required; the check itself runs in the background. */
    public void signIn() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        loginIdError.set(loginId.get().isBlank() ? messages.get("validation.required") : "");
        passwordError.set(password.get().isEmpty() ? messages.get("validation.required") : "");
        if (!loginIdError.get().isEmpty() || !passwordError.get().isEmpty()) {
            return;
        }
        String typedId = loginId.get();
        String typedPassword = password.get();
        keepLoginId = rememberOffered && remember.get();
        busy.set(true);
        tasks.run(() -> rememberIfSignedIn(signIn.signIn(typedId, typedPassword)), this::answer, this::failed);
    }

    /** 確認 on the second step: the authenticator's code or a recovery code. */
    public void verify() {
        if (busy.get() || pending == null) {
            return;
        }
        totpError.set(totpCode.get().isBlank() ? messages.get("validation.required") : "");
        if (!totpError.get().isEmpty()) {
            return;
        }
        SignInService.Result.NeedsSecondFactor waiting = pending;
        String typed = totpCode.get();
        busy.set(true);
        tasks.run(() -> rememberIfSignedIn(signIn.verifySecondFactor(waiting.accountId(), waiting.loginId(), typed)),
                this::answer, this::failed);
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
        busy.set(false);
        password.set("");
        totpCode.set("");
        if (result instanceof SignInService.Result.SignedIn signedIn) {
            leaveSecondStep();
            loginId.set(keepLoginId ? signedIn.loginId() : "");
            whenSignedIn.accept(signedIn);
        } else if (result instanceof SignInService.Result.NeedsSecondFactor needed) {
            pending = needed;
            secondStep.set(true);
        } else if (result instanceof SignInService.Result.Locked locked) {
            leaveSecondStep();
            banner.error(Lockout.message(messages, locked.until(), clock.instant()));
        } else if (secondStep.get()) {
            totpError.set(messages.get("auth.login.secondStep.wrong"));
        } else {
            banner.error(messages.get("auth.login.error.refused"));
        }
    }

    private void leaveSecondStep() {
        pending = null;
        secondStep.set(false);
        totpError.set("");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        LOG.error("Signing in failed", failure);
        banner.error(messages.get("common.error.unexpected"));
    }

    /** The session ended: nothing typed stays, except a remembered login ID. */
    public void clear() {
        password.set("");
        loginId.set(remembered.get().filter(id -> rememberOffered).orElse(""));
        remember.set(rememberOffered && remembered.get().isPresent());
        loginIdError.set("");
        passwordError.set("");
        totpCode.set("");
        leaveSecondStep();
        banner.clear();
    }
}
