package com.licensedesk.operators;

import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.NewPasswordFields;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.domain.Text;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * アカウント設定: the signed-in operator's own password (the current one, the new one twice, under the password
 * policy) and two-factor sign-in on (QR code and key, a current code to confirm) and off (password and a current
 * code), with the fields and messages of a customer's パスワードの変更 and 2要素認証.
 */
public final class OwnAccountViewModel implements PersonalData {
    private final OwnAccountService service;
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final Activity activity;
    private final Banner banner;
    private final FormField current = FormField.named("currentPasswordField").required().cleanUp(typed -> typed)
            .build();
    private final NewPasswordFields newPassword = new NewPasswordFields("newPasswordField", "newPasswordConfirmField");
    private final Form passwordForm = Form.joining(Form.of(current), newPassword.form());
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", false);
    private final ReadOnlyStringWrapper offerUri = new ReadOnlyStringWrapper(this, "offerUri", "");
    private final ReadOnlyStringWrapper offerSecret = new ReadOnlyStringWrapper(this, "offerSecret", "");
    private final FormField code = FormField.named("totpField").required().cleanUp(Text::halfWidth).build();
    private final FormField disablePassword = FormField.named("disablePasswordField").cleanUp(typed -> typed)
            .build();
    private final FormField disableCode = FormField.named("disableCodeField").cleanUp(Text::halfWidth).build();
    private final ReadOnlyStringWrapper disableError = new ReadOnlyStringWrapper(this, "disableError", "");
    private TwoFactorService.Offer offer;

    public OwnAccountViewModel(OwnAccountService service, Session session, Tasks tasks, Messages messages,
                               Clock clock) {
        this.service = service;
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.activity = new Activity(tasks, messages, OwnAccountViewModel.class);
        this.banner = activity.banner();
    }

    public Form passwordForm() {
        return passwordForm;
    }

    /** The operator as the screen names them: name, login ID and role. */
    public ReadOnlyStringProperty who() {
        return who.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enabled() {
        return enabled.getReadOnlyProperty();
    }

    /** The otpauth:// URI of the offered secret, drawn as the QR code; empty when nothing is offered. */
    public ReadOnlyStringProperty offerUri() {
        return offerUri.getReadOnlyProperty();
    }

    /** The offered secret in groups, for typing it into the app by hand. */
    public ReadOnlyStringProperty offerSecret() {
        return offerSecret.getReadOnlyProperty();
    }

    public FormField code() {
        return code;
    }

    public FormField disablePassword() {
        return disablePassword;
    }

    public FormField disableCode() {
        return disableCode;
    }

    public ReadOnlyStringProperty disableError() {
        return disableError.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** The screen is opened: nothing of an earlier visit; the two-factor state read. */
    public void shown() {
        clear();
        StaffMember member = member();
        who.set(messages.get("ownAccount.who", member.name(), member.loginId(),
                messages.get(member.role().labelKey())));
        run(member, "Reading the operator's two-factor sign-in", () -> service.twoFactorOn(member), enabled::set);
    }

    /** 変更 under パスワードの変更. */
    public void changePassword() {
        if (activity.isBusy() || !activity.validate(passwordForm)) {
            return;
        }
        StaffMember member = member();
        String typedCurrent = current.value();
        String typedNew = newPassword.password().value();
        run(member, "Changing the operator's password",
                () -> service.changePassword(member, typedCurrent, typedNew), answer -> {
            if (answer instanceof OwnAccountService.Answer.Done) {
                passwordForm.clear();
                banner.success(messages.get("password.changed"));
            } else if (answer instanceof OwnAccountService.Answer.Locked locked) {
                current.text().set("");
                banner.error(Lockout.message(messages, locked.until(), clock.instant()));
            } else {
                current.text().set("");
                current.refuse(messages.get("password.wrongCurrent"));
                banner.fieldsNeedAttention(messages, passwordForm);
            }
        });
    }

    /** 2要素認証を有効にする: a new secret is offered. */
    public void offer() {
        offer = service.offer(member());
        offerUri.set(offer.uri());
        offerSecret.set(Totp.grouped(offer.secret()));
        code.text().set("");
        code.clearError();
        banner.clear();
    }

    /** 確認 after scanning: on when the code is the app's current one. */
    public void confirm() {
        if (activity.isBusy() || offer == null || !code.validate(messages)) {
            return;
        }
        StaffMember member = member();
        TwoFactorService.Offer offered = offer;
        String typed = code.value();
        run(member, "Switching the operator's two-factor sign-in on",
                () -> service.enableTwoFactor(member, offered, typed), on -> {
            if (!on) {
                code.refuse(messages.get("twoFactor.setup.wrong"));
                return;
            }
            offer = null;
            offerUri.set("");
            offerSecret.set("");
            code.text().set("");
            enabled.set(true);
            banner.success(messages.get("twoFactor.enabled"));
        });
    }

    /** 2要素認証を無効にする: the password and a current code. */
    public void disable() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        disableError.set(disablePassword.value().isEmpty() || disableCode.value().isEmpty()
                ? messages.get("twoFactor.disable.required") : "");
        if (!disableError.get().isEmpty()) {
            return;
        }
        StaffMember member = member();
        String typedPassword = disablePassword.value();
        String typedCode = disableCode.value();
        run(member, "Switching the operator's two-factor sign-in off",
                () -> service.disableTwoFactor(member, typedPassword, typedCode), answer -> {
            disablePassword.text().set("");
            disableCode.text().set("");
            if (answer instanceof OwnAccountService.Answer.Done) {
                enabled.set(false);
                banner.success(messages.get("twoFactor.disabled"));
            } else if (answer instanceof OwnAccountService.Answer.Locked locked) {
                banner.error(Lockout.message(messages, locked.until(), clock.instant()));
            } else {
                disableError.set(messages.get("twoFactor.disable.wrong"));
            }
        });
    }

    /** Work for {@code member}: its answer is used only while they are still the one signed in. */
    private <T> void run(StaffMember member, String what, Callable<T> work, Consumer<T> onSuccess) {
        activity.run(what, work, answer -> {
            if (session.staff().filter(signedIn -> signedIn == member).isPresent()) {
                onSuccess.accept(answer);
            }
        });
    }

    private StaffMember member() {
        return session.staff().orElseThrow();
    }

    /** Nothing typed, and no secret, stays for the next person. */
    @Override
    public void clear() {
        offer = null;
        offerUri.set("");
        offerSecret.set("");
        code.text().set("");
        code.clearError();
        disablePassword.text().set("");
        disableCode.text().set("");
        disableError.set("");
        passwordForm.clear();
        who.set("");
        banner.clear();
    }
}
