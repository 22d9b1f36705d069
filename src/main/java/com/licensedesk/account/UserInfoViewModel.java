package com.licensedesk.account;

import com.licensedesk.auth.Session;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.ContactSection;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.SaveOutcome;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** ユーザ登録情報: the login ID (read only), the user's contact fields and 送信. */
public final class UserInfoViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(UserInfoViewModel.class);

    private final UserInfoService service;
    private final TwoFactorService twoFactor;
    private final Session session;
    private final Tasks tasks;
    private final Messages messages;
    private final ContactSection user = new ContactSection("", () -> true);
    private final ReadOnlyStringWrapper loginId = new ReadOnlyStringWrapper(this, "loginId", "");
    private final ReadOnlyBooleanWrapper twoFactorEnabled = new ReadOnlyBooleanWrapper(this, "twoFactor", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Banner banner = new Banner();

    public UserInfoViewModel(UserInfoService service, TwoFactorService twoFactor, Session session, Tasks tasks,
                             Messages messages) {
        this.service = service;
        this.twoFactor = twoFactor;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
    }

    public Form form() {
        return user.form();
    }

    public ReadOnlyStringProperty loginId() {
        return loginId.getReadOnlyProperty();
    }

    /** 2要素認証: 有効 or 無効. */
    public ReadOnlyBooleanProperty twoFactorEnabled() {
        return twoFactorEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    /** The screen is opened: it shows what is stored; edits from an earlier visit that were not sent are gone. */
    public void shown() {
        user.form().clear();
        banner.clear();
        Session.SignedIn who = session.require();
        loginId.set(who.loginId());
        busy.set(true);
        tasks.run(() -> new Stored(service.user(who.accountId()), twoFactor.isEnabled(who.accountId())), stored -> {
            busy.set(false);
            user.show(stored.user());
            twoFactorEnabled.set(stored.twoFactorEnabled());
        }, this::failed);
    }

    private record Stored(ContactPerson user, boolean twoFactorEnabled) {
    }

    /** A success to say without reloading, such as after the password change dialog. */
    public void announce(String message) {
        banner.success(message);
    }

    /** 送信. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        int refused = user.form().validate(messages);
        if (refused > 0) {
            banner.error(messages.get("common.banner.fieldsNeedAttention", refused));
            return;
        }
        Session.SignedIn who = session.require();
        ContactPerson typed = user.toContact();
        busy.set(true);
        tasks.run(() -> service.save(who.accountId(), who.loginId(), typed), changes -> {
            busy.set(false);
            SaveOutcome.show(banner, changes, messages);
        }, this::failed);
    }

    public void clear() {
        user.form().clear();
        loginId.set("");
        banner.clear();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        LOG.error("User information could not be loaded or saved", failure);
        banner.error(messages.get("common.error.unexpected"));
    }
}
