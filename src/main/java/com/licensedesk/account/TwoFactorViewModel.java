package com.licensedesk.account;

import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.Session;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import com.licensedesk.ui.Tasks;
import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 2要素認証: its status, switching it on (QR code and secret, a current code to confirm, the recovery codes shown
 * once) and off (password and a current code).
 */
public final class TwoFactorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TwoFactorViewModel.class);

    private final TwoFactorService service;
    private final Session session;
    private final Tasks tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", false);
    private final ReadOnlyStringWrapper offerUri = new ReadOnlyStringWrapper(this, "offerUri", "");
    private final ReadOnlyStringWrapper offerSecret = new ReadOnlyStringWrapper(this, "offerSecret", "");
    private final ReadOnlyStringWrapper recoveryCodes = new ReadOnlyStringWrapper(this, "recoveryCodes", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError", "");
    private final StringProperty disablePassword = new SimpleStringProperty(this, "disablePassword", "");
    private final StringProperty disableCode = new SimpleStringProperty(this, "disableCode", "");
    private final ReadOnlyStringWrapper disableError = new ReadOnlyStringWrapper(this, "disableError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Banner banner = new Banner();
    private TwoFactorService.Offer offer;

    public TwoFactorViewModel(TwoFactorService service, Session session, Tasks tasks, Navigator navigator,
                              Messages messages, Clock clock) {
        this.service = service;
        this.session = session;
        this.tasks = tasks;
        this.navigator = navigator;
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
        return code;
    }

    public ReadOnlyStringProperty codeError() {
        return codeError.getReadOnlyProperty();
    }

    public StringProperty disablePassword() {
        return disablePassword;
    }

    public StringProperty disableCode() {
        return disableCode;
    }

    public ReadOnlyStringProperty disableError() {
        return disableError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    /** The screen is opened: the status is read; nothing of an earlier visit is shown. */
    public void shown() {
        clear();
        long accountId = session.require().accountId();
        busy.set(true);
        tasks.run(() -> service.isEnabled(accountId), on -> {
            busy.set(false);
            enabled.set(on);
        }, this::failed);
    }

    /** 2要素認証を有効にする: a new secret is offered. */
    public void offer() {
        offer = service.offer(session.require().loginId());
        offerUri.set(offer.uri());
        offerSecret.set(Totp.grouped(offer.secret()));
        code.set("");
        codeError.set("");
        banner.clear();
    }

    /** 確認 after scanning: switches on when the code is the app's current one. */
    public void confirm() {
        if (busy.get() || offer == null) {
            return;
        }
        codeError.set(code.get().isBlank() ? messages.get("validation.required") : "");
        if (!codeError.get().isEmpty()) {
            return;
        }
        TwoFactorService.Offer offered = offer;
        long accountId = session.require().accountId();
        String typed = code.get();
        busy.set(true);
        tasks.run(() -> service.enable(accountId, offered, typed), codes -> {
            busy.set(false);
            if (codes.isEmpty()) {
                codeError.set(messages.get("twoFactor.setup.wrong"));
                return;
            }
            offer = null;
            offerUri.set("");
            offerSecret.set("");
            code.set("");
            recoveryCodes.set(String.join("\n", codes.get()));
            enabled.set(true);
            banner.success(messages.get("twoFactor.enabled"));
        }, this::failed);
    }

    /** 2要素認証を無効にする: the password and a current code. */
    public void disable() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        disableError.set(disablePassword.get().isEmpty() || disableCode.get().isBlank()
                ? messages.get("twoFactor.disable.required") : "");
        if (!disableError.get().isEmpty()) {
            return;
        }
        long accountId = session.require().accountId();
        String typedPassword = disablePassword.get();
        String typedCode = disableCode.get();
        busy.set(true);
        tasks.run(() -> service.disable(accountId, typedPassword, typedCode), outcome -> {
            busy.set(false);
            disablePassword.set("");
            disableCode.set("");
            if (outcome instanceof TwoFactorService.Disabled.Done) {
                enabled.set(false);
                recoveryCodes.set("");
                banner.success(messages.get("twoFactor.disabled"));
            } else if (outcome instanceof TwoFactorService.Disabled.Locked locked) {
                banner.error(Lockout.message(messages, locked.until(), clock.instant()));
            } else {
                disableError.set(messages.get("twoFactor.disable.wrong"));
            }
        }, this::failed);
    }

    /** Back to ユーザ登録情報. */
    public void back() {
        clear();
        navigator.show(Screen.USER_INFO);
    }

    /** Nothing of the setup stays on screen: the secret and the recovery codes are shown to one person once. */
    public void clear() {
        offer = null;
        offerUri.set("");
        offerSecret.set("");
        recoveryCodes.set("");
        code.set("");
        codeError.set("");
        disablePassword.set("");
        disableCode.set("");
        disableError.set("");
        banner.clear();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        LOG.error("Two-factor sign-in could not be changed", failure);
        banner.error(messages.get("common.error.unexpected"));
    }
}
