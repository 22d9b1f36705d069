package com.licensedesk.account;

import com.licensedesk.auth.Lockout;
import com.licensedesk.session.Session;
import com.licensedesk.session.Acting;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.ui.Activity;
import com.licensedesk.files.OwnerOnly;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 2要素認証: its status, switching it on (QR code and secret, a current code to confirm, the recovery codes shown
 * once, to copy, save or print) and off (password and a current code).
 */
public final class TwoFactorViewModel implements PersonalData {
    private final TwoFactorService service;
    private final Session session;
    private final Navigator navigator;
    private final ScreenId userInfo;
    private final Messages messages;
    private final Clock clock;
    private final Dialogs dialogs;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", false);
    private final ReadOnlyStringWrapper offerUri = new ReadOnlyStringWrapper(this, "offerUri", "");
    private final ReadOnlyStringWrapper offerSecret = new ReadOnlyStringWrapper(this, "offerSecret", "");
    private final ReadOnlyStringWrapper recoveryCodes = new ReadOnlyStringWrapper(this, "recoveryCodes", "");
    private final FormField code = FormField.named("totpField").required().cleanUp(Text::halfWidth).build();
    private final FormField disablePassword = FormField.named("disablePasswordField").cleanUp(typed -> typed)
            .build();
    private final FormField disableCode = FormField.named("disableCodeField").cleanUp(Text::halfWidth).build();
    private final ReadOnlyStringWrapper disableError = new ReadOnlyStringWrapper(this, "disableError", "");
    private final Activity activity;
    private final Banner banner;
    private TwoFactorService.Offer offer;

    public TwoFactorViewModel(TwoFactorService service, Session session, Tasks tasks, Navigator navigator,
                              Dialogs dialogs, Messages messages, Clock clock, ScreenId userInfo) {
        this.dialogs = dialogs;
        this.service = service;
        this.session = session;
        this.activity = new Activity(tasks, messages, TwoFactorViewModel.class);
        this.banner = activity.banner();
        this.navigator = navigator;
        this.userInfo = userInfo;
        this.messages = messages;
        this.clock = clock;
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

    /** The recovery codes, one per line, shown once after switching on. */
    public ReadOnlyStringProperty recoveryCodes() {
        return recoveryCodes.getReadOnlyProperty();
    }

    public StringProperty code() {
        return code.text();
    }

    public ReadOnlyStringProperty codeError() {
        return code.error();
    }

    public StringProperty disablePassword() {
        return disablePassword.text();
    }

    public StringProperty disableCode() {
        return disableCode.text();
    }

    public ReadOnlyStringProperty disableError() {
        return disableError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /** The screen is opened: the status is read; nothing of an earlier visit is shown. */
    public void shown() {
        clear();
        Acting acting = session.require();
        activity.runFor(session, acting, "Reading two-factor sign-in", () -> service.isEnabled(acting.accountId()),
                enabled::set);
    }

    /** 2要素認証を有効にする: a new secret is offered. */
    public void offer() {
        offer = service.offer(session.require().loginId());
        offerUri.set(offer.uri());
        offerSecret.set(Totp.grouped(offer.secret()));
        code.text().set("");
        code.clearError();
        banner.clear();
    }

    /** 確認 after scanning: switches on when the code is the app's current one. */
    public void confirm() {
        if (activity.isBusy() || offer == null || !code.validate(messages)) {
            return;
        }
        TwoFactorService.Offer offered = offer;
        Acting acting = session.require();
        String typed = code.value();
        activity.runFor(session, acting, "Switching two-factor sign-in on",
                () -> service.enable(acting.accountId(), offered, typed), codes -> {
            if (codes.isEmpty()) {
                code.refuse(messages.get("twoFactor.setup.wrong"));
                return;
            }
            offer = null;
            offerUri.set("");
            offerSecret.set("");
            code.text().set("");
            recoveryCodes.set(String.join("\n", codes.get()));
            enabled.set(true);
            banner.success(messages.get("twoFactor.enabled"));
        });
    }

    /** コピー: the codes on the clipboard, which is cleared when the session ends. */
    public void copyRecoveryCodes() {
        if (recoveryCodes.get().isEmpty()) {
            return;
        }
        dialogs.copy(recoveryCodes.get());
        banner.success(messages.get("twoFactor.recovery.copied"));
    }

    /** 保存: the codes as a text file only its owner may read, where the person chooses. */
    public void saveRecoveryCodes() {
        if (recoveryCodes.get().isEmpty()) {
            return;
        }
        List<String> lines = recoveryLines();
        dialogs.saveFile(messages.get("twoFactor.recovery.saveTitle"), messages.get("twoFactor.recovery.fileName"),
                Dialogs.FileKind.TEXT).ifPresent(file -> activity.run("Saving the recovery codes", () -> {
                    OwnerOnly.write(file, String.join(System.lineSeparator(), lines) + System.lineSeparator());
                    return file;
                }, saved -> banner.success(messages.get("twoFactor.recovery.saved", saved)),
                failure -> activity.failedToWrite("Saving the recovery codes", failure, file)));
    }

    /** 印刷: the codes on paper, through the system's print dialog. */
    public void printRecoveryCodes() {
        if (recoveryCodes.get().isEmpty()) {
            return;
        }
        List<String> lines = recoveryLines();
        switch (dialogs.print(lines.get(0), lines.subList(1, lines.size()))) {
            case PRINTED -> banner.success(messages.get("common.print.done"));
            case NO_PRINTER -> banner.error(messages.get("common.print.noPrinter"));
            case CANCELLED -> { }
        }
    }

    /** A heading that names the account, then the codes: what is saved and printed. */
    private List<String> recoveryLines() {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("twoFactor.recovery.heading", session.require().loginId()));
        lines.addAll(recoveryCodes.get().lines().toList());
        return lines;
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
        Acting acting = session.require();
        String typedPassword = disablePassword.value();
        String typedCode = disableCode.value();
        activity.runFor(session, acting, "Switching two-factor sign-in off",
                () -> service.disable(acting.accountId(), typedPassword, typedCode), outcome -> {
            disablePassword.text().set("");
            disableCode.text().set("");
            if (outcome instanceof TwoFactorService.Disabled.Done) {
                enabled.set(false);
                recoveryCodes.set("");
                banner.success(messages.get("twoFactor.disabled"));
            } else if (outcome instanceof TwoFactorService.Disabled.Locked locked) {
                banner.error(Lockout.message(messages, locked.until(), clock.instant()));
            } else {
                disableError.set(messages.get("twoFactor.disable.wrong"));
            }
        });
    }

    /** Back to ユーザ登録情報. */
    public void back() {
        clear();
        navigator.show(userInfo);
    }

    /** Nothing of the setup stays on screen: the secret and the recovery codes are shown to one person once. */
    @Override
    public void clear() {
        offer = null;
        offerUri.set("");
        offerSecret.set("");
        recoveryCodes.set("");
        code.text().set("");
        code.clearError();
        disablePassword.text().set("");
        disableCode.text().set("");
        disableError.set("");
        banner.clear();
    }
}
