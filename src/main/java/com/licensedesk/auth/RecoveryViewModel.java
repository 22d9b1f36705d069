package com.licensedesk.auth;

import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import java.util.Set;
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

/**
 * ログインIDもしくはパスワードがわからない場合, Steps 2 to 6: the request (login ID or mail address and the human
 * check), メールを確認してください with the masked address, the reset screen (the code from the mail, then the login ID
 * and a new password), and the closing message. One view model for the four screens: they share the request.
 */
public final class RecoveryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryViewModel.class);

    private final PasswordResetService service;
    private final Tasks tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final StringProperty loginIdOrEmail = new SimpleStringProperty(this, "loginIdOrEmail", "");
    private final BooleanProperty humanCheck = new SimpleBooleanProperty(this, "humanCheck", false);
    private final ReadOnlyStringWrapper loginIdOrEmailError = new ReadOnlyStringWrapper(this, "subjectError", "");
    private final ReadOnlyStringWrapper humanCheckError = new ReadOnlyStringWrapper(this, "humanCheckError", "");
    private final ReadOnlyStringWrapper maskedEmail = new ReadOnlyStringWrapper(this, "maskedEmail", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError", "");
    private final ReadOnlyStringWrapper accountName = new ReadOnlyStringWrapper(this, "accountName", "");
    private final ReadOnlyBooleanWrapper codeAccepted = new ReadOnlyBooleanWrapper(this, "codeAccepted", false);
    private final NewPasswordFields newPassword = new NewPasswordFields("newPasswordField", "newPasswordConfirmField");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Banner banner = new Banner();
    private final ReadOnlyBooleanWrapper requested = new ReadOnlyBooleanWrapper(this, "requested", false);
    private Set<Long> pendingAccounts = Set.of();
    private long acceptedAccount;

    public RecoveryViewModel(PasswordResetService service, Tasks tasks, Navigator navigator, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty loginIdOrEmail() {
        return loginIdOrEmail;
    }

    public BooleanProperty humanCheck() {
        return humanCheck;
    }

    public ReadOnlyStringProperty loginIdOrEmailError() {
        return loginIdOrEmailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty humanCheckError() {
        return humanCheckError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maskedEmail() {
        return maskedEmail.getReadOnlyProperty();
    }

    public StringProperty code() {
        return code;
    }

    public ReadOnlyStringProperty codeError() {
        return codeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountName() {
        return accountName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty codeAccepted() {
        return codeAccepted.getReadOnlyProperty();
    }

    public Form passwordForm() {
        return newPassword.form();
    }

    /** True once a request on this desk sent codes: the login screen then offers the way back to the code. */
    public ReadOnlyBooleanProperty requested() {
        return requested.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    /** The request screen is opened from the login screen: it starts empty. */
    public void start() {
        clear();
        navigator.show(Screen.RESET_REQUEST);
    }

    /** 送信 on パスワードのリセット (パスワードをお忘れの場合). */
    public void request() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        loginIdOrEmailError.set(loginIdOrEmail.get().isBlank() ? messages.get("validation.required") : "");
        humanCheckError.set(humanCheck.get() ? "" : messages.get("recovery.humanCheck.required"));
        if (!loginIdOrEmailError.get().isEmpty() || !humanCheckError.get().isEmpty()) {
            return;
        }
        String subject = loginIdOrEmail.get();
        busy.set(true);
        tasks.run(() -> service.request(subject), result -> {
            busy.set(false);
            humanCheck.set(false);
            if (result instanceof PasswordResetService.Request.Sent sent) {
                pendingAccounts = sent.accountIds();
                requested.set(true);
                maskedEmail.set(String.join("\n", sent.maskedAddresses()));
                navigator.show(Screen.RESET_MAIL_SENT);
            } else if (result instanceof PasswordResetService.Request.Throttled) {
                banner.error(messages.get("recovery.throttled"));
            } else {
                banner.error(messages.get("recovery.notFound"));
            }
        }, this::failed);
    }

    /** 戻る on メールを確認してください: back to the login screen. */
    public void back() {
        navigator.show(Screen.LOGIN);
    }

    /** From メールを確認してください to the reset screen, to type the code from the mail. */
    public void enterCode() {
        code.set("");
        codeError.set("");
        codeAccepted.set(false);
        accountName.set("");
        newPassword.form().clear();
        banner.clear();
        navigator.show(Screen.RESET);
    }

    /** The code as typed is checked: when it is right, the login ID is shown and a new password can be set. */
    public void checkCode() {
        if (busy.get() || codeAccepted.get()) {
            return;
        }
        banner.clear();
        codeError.set("");
        if (code.get().isBlank()) {
            codeError.set(messages.get("validation.required"));
            return;
        }
        String typed = code.get();
        Set<Long> accounts = pendingAccounts;
        busy.set(true);
        tasks.run(() -> service.check(accounts, typed), result -> {
            busy.set(false);
            if (result instanceof PasswordResetService.CodeCheck.Accepted accepted) {
                acceptedAccount = accepted.accountId();
                accountName.set(accepted.loginId());
                codeAccepted.set(true);
            } else if (result instanceof PasswordResetService.CodeCheck.Wrong wrong) {
                codeError.set(messages.get("recovery.code.wrong", wrong.triesLeft()));
            } else {
                codeError.set(messages.get("recovery.code.void"));
            }
        }, this::failed);
    }

    /** 送信 on the reset screen: a code first, then the new password under the policy. */
    public void submitReset() {
        if (!codeAccepted.get()) {
            checkCode();
            return;
        }
        if (busy.get()) {
            return;
        }
        banner.clear();
        int refused = newPassword.form().validate(messages);
        if (refused > 0) {
            banner.error(messages.get("common.banner.fieldsNeedAttention", refused));
            return;
        }
        long accountId = acceptedAccount;
        String typedCode = code.get();
        String typedPassword = newPassword.password().value();
        busy.set(true);
        tasks.run(() -> service.reset(accountId, typedCode, typedPassword), done -> {
            busy.set(false);
            if (done) {
                clear();
                navigator.show(Screen.RESET_DONE);
            } else {
                codeAccepted.set(false);
                accountName.set("");
                codeError.set(messages.get("recovery.code.void"));
            }
        }, this::failed);
    }

    /** OK on ログインパスワードが変更されました。: to the login screen. */
    public void done() {
        navigator.show(Screen.LOGIN);
    }

    /** Nothing of the recovery stays for the next person. */
    public void clear() {
        loginIdOrEmail.set("");
        humanCheck.set(false);
        loginIdOrEmailError.set("");
        humanCheckError.set("");
        maskedEmail.set("");
        code.set("");
        codeError.set("");
        accountName.set("");
        codeAccepted.set(false);
        newPassword.form().clear();
        banner.clear();
        pendingAccounts = Set.of();
        requested.set(false);
        acceptedAccount = 0;
    }

    private void failed(Throwable failure) {
        busy.set(false);
        LOG.error("Password recovery failed", failure);
        banner.error(messages.get("common.error.unexpected"));
    }
}
