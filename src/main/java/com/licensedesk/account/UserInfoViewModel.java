package com.licensedesk.account;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.company.ChangedElsewhereText;
import com.licensedesk.change.ChangedElsewhere;
import com.licensedesk.auth.TemporaryPasswordService;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.ContactSection;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.SaveOutcome;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** ユーザ登録情報: the login ID (read only), the user's contact fields and 送信. */
public final class UserInfoViewModel implements PersonalData {
    private final UserInfoService service;
    private final TwoFactorService twoFactor;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Activity activity;
    /** The version the form was filled from: a save names it, so another desk's save in between is found. */
    private int version;
    /** What the form was filled with: what the clerk changed from it is what a refused save keeps in view. */
    private ContactPerson loaded;
    private final ContactSection user;
    private final ReadOnlyStringWrapper loginId = new ReadOnlyStringWrapper(this, "loginId", "");
    private final ReadOnlyBooleanWrapper twoFactorEnabled = new ReadOnlyBooleanWrapper(this, "twoFactor", false);
    private final ReadOnlyBooleanWrapper atDesk = new ReadOnlyBooleanWrapper(this, "atDesk", false);
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable", true);
    private final BooleanBinding temporaryPasswordOffered = atDesk.and(changeable);
    private final BooleanBinding twoFactorResetOffered = temporaryPasswordOffered.and(twoFactorEnabled);
    private final BooleanBinding passwordActionOffered = atDesk.not().or(temporaryPasswordOffered);
    private final TemporaryPasswordService temporaryPasswords;

    public UserInfoViewModel(UserInfoService service, TwoFactorService twoFactor,
                             TemporaryPasswordService temporaryPasswords, Session session, Tasks tasks,
                             Dialogs dialogs, Messages messages) {
        this.temporaryPasswords = temporaryPasswords;
        this.service = service;
        this.twoFactor = twoFactor;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.activity = new Activity(tasks, messages, UserInfoViewModel.class);
        this.user = new ContactSection("", () -> true, messages.locale());
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

    /** True while an operator acts for the customer: the desk's buttons show, the customer's own do not. */
    public ReadOnlyBooleanProperty atDesk() {
        return atDesk.getReadOnlyProperty();
    }

    /**
     * Whether the fields and 送信 can be changed: not by a read-only operator, who sees the user as stored (the
     * service refuses them too).
     */
    public ReadOnlyBooleanProperty changeable() {
        return changeable.getReadOnlyProperty();
    }

    /** 仮パスワードを発行: at the desk, to an operator who may change customers' data. */
    public BooleanBinding temporaryPasswordOffered() {
        return temporaryPasswordOffered;
    }

    /** The パスワード row: its change by the customer, or 仮パスワードを発行 at the desk; for a read-only operator, none. */
    public BooleanBinding passwordActionOffered() {
        return passwordActionOffered;
    }

    /** 2要素認証を解除: as 仮パスワードを発行, while the customer's two-factor sign-in is on. */
    public BooleanBinding twoFactorResetOffered() {
        return twoFactorResetOffered;
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return activity.banner();
    }

    /** The screen is opened: it shows what is stored; edits from an earlier visit that were not sent are gone. */
    public void shown() {
        clear();
        Acting acting = session.require();
        loginId.set(acting.loginId());
        atDesk.set(acting.atDesk());
        changeable.set(session.mayChangeCustomers());
        activity.runFor(session, acting, "Loading the user information",
                () -> new Stored(service.user(acting.accountId()), twoFactor.isEnabled(acting.accountId())),
                stored -> {
                    user.show(stored.user().user());
                    loaded = stored.user().user();
                    version = stored.user().version();
                    twoFactorEnabled.set(stored.twoFactorEnabled());
                });
    }

    private record Stored(UserInfoService.StoredUser user, boolean twoFactorEnabled) {
    }

    /** A success to say without reloading, such as after the password change dialog. */
    public void announce(String message) {
        activity.banner().success(message);
    }

    /** 送信. */
    public void submit() {
        if (loaded == null || activity.isBusy() || !activity.validate(user.form())) {
            return;
        }
        Acting acting = session.require();
        ContactPerson typed = user.toContact();
        int from = version;
        activity.runFor(session, acting, "Saving the user information", () -> service.save(acting, typed, from),
                changes -> {
                    if (!changes.isEmpty()) {
                        version = from + 1;
                        loaded = typed;
                    }
                    SaveOutcome.show(activity.banner(), changes, messages);
                }, failure -> {
                    if (!(failure instanceof ChangedElsewhere elsewhere)) {
                        return false;
                    }
                    UserInfoService.StoredUser current = elsewhere.current(UserInfoService.StoredUser.class);
                    FieldChanges typedHere = new FieldChanges().include("user", loaded.changesTo(typed));
                    user.show(current.user());
                    loaded = current.user();
                    version = current.version();
                    activity.banner().error(ChangedElsewhereText.of(typedHere, messages));
                    return true;
                });
    }

    /** 仮パスワードを発行 (desk only): the password is shown once in a dialog and kept nowhere here. */
    public void issueTemporaryPassword() {
        Acting acting = session.require();
        activity.runFor(session, acting, "Issuing a temporary password", () -> temporaryPasswords.issue(acting),
                done -> {
                    activity.banner().success(messages.get("userInfo.temporaryPassword.issued"));
                    dialogs.showTemporaryPassword(acting.loginId(), done.password(), done.validUntil());
                });
    }

    /** 2要素認証を解除 (desk only, after checking who the customer is), once the operator has said yes. */
    public void resetTwoFactor() {
        Acting acting = session.require();
        if (!dialogs.confirm(messages.get("userInfo.twoFactor.reset"),
                messages.get("userInfo.twoFactor.resetConfirm"))) {
            return;
        }
        activity.runFor(session, acting, "Resetting two-factor sign-in", () -> {
            twoFactor.resetAtDesk(acting);
            return true;
        }, done -> {
            twoFactorEnabled.set(false);
            activity.banner().success(messages.get("userInfo.twoFactor.resetDone"));
        });
    }

    @Override
    public void clear() {
        atDesk.set(false);
        user.form().clear();
        loginId.set("");
        loaded = null;
        activity.banner().clear();
    }
}
