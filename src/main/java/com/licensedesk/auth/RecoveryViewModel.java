package com.licensedesk.auth;

import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormCheck;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.Text;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * ログインIDもしくはパスワードがわからない場合, Steps 2 to 6: the request (login ID or mail address and the human
 * check), メールを確認してください with the masked address, the reset screen (the code from the mail, then the login ID
 * and a new password), and the closing message. One view model for the four screens: they share the request.
 */
public final class RecoveryViewModel implements PersonalData {
    private final PasswordResetService service;
    private final Tasks tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final FormField loginIdOrEmail = FormField.named("loginIdOrEmailField").required().build();
    private final FormField code = FormField.named("resetCodeField").required().cleanUp(Text::halfWidth).build();
    private final FormCheck humanCheck = FormCheck.mustBeTicked("humanCheck", "recovery.humanCheck.required");
    private final ReadOnlyStringWrapper maskedEmail = new ReadOnlyStringWrapper(this, "maskedEmail", "");
    private final ReadOnlyStringWrapper accountName = new ReadOnlyStringWrapper(this, "accountName", "");
    private final ReadOnlyBooleanWrapper codeAccepted = new ReadOnlyBooleanWrapper(this, "codeAccepted", false);
    private final NewPasswordFields newPassword = new NewPasswordFields("newPasswordField", "newPasswordConfirmField");
    private final Activity activity;
    private final Banner banner;
    private final ReadOnlyBooleanWrapper mailWaits = new ReadOnlyBooleanWrapper(this, "mailWaits", false);
    private final BooleanSupplier mailGoesOut;
    private Set<Long> pendingAccounts = Set.of();
    private long acceptedAccount;

    /** {@code mailGoesOut} tells whether this desk has a mail server: without one, the screen says the mail waits. */
    public RecoveryViewModel(PasswordResetService service, Tasks tasks, Navigator navigator, Messages messages,
                             BooleanSupplier mailGoesOut) {
        this.service = service;
        this.mailGoesOut = mailGoesOut;
        this.tasks = tasks;
        this.activity = new Activity(tasks, messages, RecoveryViewModel.class);
        this.banner = activity.banner();
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty loginIdOrEmail() {
        return loginIdOrEmail.text();
    }

    /** 私はロボットではありません. */
    public FormCheck humanCheck() {
        return humanCheck;
    }

    public ReadOnlyStringProperty loginIdOrEmailError() {
        return loginIdOrEmail.error();
    }

    /** True when the mail waits in the outbox (no mail server here): メールを確認してください says so. */
    public ReadOnlyBooleanProperty mailWaits() {
        return mailWaits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maskedEmail() {
        return maskedEmail.getReadOnlyProperty();
    }

    public StringProperty code() {
        return code.text();
    }

    public ReadOnlyStringProperty codeError() {
        return code.error();
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

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /** The request screen is opened from the login screen: it starts empty. */
    public void start() {
        clear();
        navigator.show(AuthScreens.RESET_REQUEST);
    }

    /** 送信 on パスワードのリセット (パスワードをお忘れの場合). */
    public void request() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        boolean subjectGiven = loginIdOrEmail.validate(messages);
        boolean ticked = humanCheck.validate(messages);
        if (!subjectGiven || !ticked) {
            return;
        }
        String subject = loginIdOrEmail.value();
        activity.run("Password recovery", () -> service.request(subject), result -> {
            humanCheck.ticked().set(false);
            if (result instanceof PasswordResetService.Request.Sent sent) {
                pendingAccounts = sent.accountIds();
                maskedEmail.set(String.join("\n", sent.maskedAddresses()));
                mailWaits.set(!mailGoesOut.getAsBoolean());
                navigator.show(AuthScreens.RESET_MAIL_SENT);
            } else {
                banner.error(messages.get("recovery.throttled"));
            }
        });
    }

    /**
     * 戻る on メールを確認してください and on the reset screen: back to the login screen. The request stays known, so
     * that リセットコードをお持ちの方 still leads to its code; what was typed on the reset screen does not stay.
     */
    public void back() {
        clearResetScreen();
        navigator.show(AuthScreens.LOGIN);
    }

    /**
     * From メールを確認してください, or from リセットコードをお持ちの方 on the login screen, to the reset screen. A code
     * requested in an earlier run of the application or on another desk is found by the code itself.
     */
    public void enterCode() {
        clearResetScreen();
        navigator.show(AuthScreens.RESET);
    }

    private void clearResetScreen() {
        code.text().set("");
        code.clearError();
        codeAccepted.set(false);
        accountName.set("");
        newPassword.form().clear();
        banner.clear();
    }

    /** The code as typed is checked: when it is right, the login ID is shown and a new password can be set. */
    public void checkCode() {
        if (activity.isBusy() || codeAccepted.get()) {
            return;
        }
        banner.clear();
        if (!code.validate(messages)) {
            return;
        }
        String typed = code.value();
        Set<Long> accounts = pendingAccounts;
        activity.run("Password recovery", () -> service.check(accounts, typed), result -> {
            if (result instanceof PasswordResetService.CodeCheck.Accepted accepted) {
                acceptedAccount = accepted.accountId();
                accountName.set(accepted.loginId());
                codeAccepted.set(true);
            } else if (result instanceof PasswordResetService.CodeCheck.Wrong wrong) {
                code.refuse(messages.get("recovery.code.wrong", wrong.triesLeft()));
            } else if (result instanceof PasswordResetService.CodeCheck.WrongAtDesk wrong) {
                code.refuse(messages.get("recovery.code.wrongAtDesk", wrong.triesLeft()));
            } else if (result instanceof PasswordResetService.CodeCheck.Throttled) {
                code.refuse(messages.get("recovery.code.throttled"));
            } else {
                code.refuse(messages.get("recovery.code.void"));
            }
        });
    }

    /** 送信 on the reset screen: a code first, then the new password under the policy. */
    public void submitReset() {
        if (!codeAccepted.get()) {
            checkCode();
            return;
        }
        if (activity.isBusy() || !activity.validate(newPassword.form())) {
            return;
        }
        long accountId = acceptedAccount;
        String typedCode = code.value();
        String typedPassword = newPassword.password().value();
        activity.run("Password recovery", () -> service.reset(accountId, typedCode, typedPassword), done -> {
            if (done) {
                clear();
                navigator.show(AuthScreens.RESET_DONE);
            } else {
                codeAccepted.set(false);
                accountName.set("");
                code.refuse(messages.get("recovery.code.void"));
            }
        });
    }

    /** OK on ログインパスワードが変更されました。: to the login screen. */
    public void done() {
        navigator.show(AuthScreens.LOGIN);
    }

    /** Nothing of the recovery stays for the next person. */
    @Override
    public void clear() {
        loginIdOrEmail.text().set("");
        loginIdOrEmail.clearError();
        humanCheck.clear();
        maskedEmail.set("");
        mailWaits.set(false);
        code.text().set("");
        code.clearError();
        accountName.set("");
        codeAccepted.set(false);
        newPassword.form().clear();
        banner.clear();
        pendingAccounts = Set.of();
        acceptedAccount = 0;
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
