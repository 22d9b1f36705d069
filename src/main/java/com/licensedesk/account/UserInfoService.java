package com.licensedesk.account;

import com.licensedesk.domain.InvalidInput;

import com.licensedesk.change.ChangeRecorder;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.session.Acting;

/**
 * ユーザ登録情報: the user's mail address, name, department and numbers, saved with a mail to the user (and a notice
 * to the old address when it changed) and an audit record, in one transaction.
 */
public final class UserInfoService {
    static final String SCREEN = "userInfo.title";

    private final AccountRepository accounts;
    private final ChangeRecorder changes;
    private final AccountChangeMail mail;

    public UserInfoService(AccountRepository accounts, ChangeRecorder changes, AccountChangeMail mail) {
        this.accounts = accounts;
        this.changes = changes;
        this.mail = mail;
    }

    /** The user information as stored, with the version a save is made from. */
    public record StoredUser(ContactPerson user, int version) {
    }

    public StoredUser user(long accountId) {
        return new StoredUser(accounts.user(accountId), accounts.userVersion(accountId));
    }

    /**
     * 送信, made from the user information at {@code version}; {@link com.licensedesk.change.ChangedElsewhere} (with
     * the {@link StoredUser} stored now) when another desk saved it since.
     */
    public FieldChanges save(Acting acting, ContactPerson user, int version) {
        user.checkInto(new InvalidInput.Check(), "").refuseIfAny();
        return changes.save(acting, "USER_CHANGED", () -> user(acting.accountId()),
                before -> before.version() == version,
                before -> new FieldChanges().include("user", before.user().changesTo(user)),
                () -> accounts.updateUser(acting.accountId(), user, version),
                (before, changed) -> mail.confirmation(user.email(), before.user().email(), acting, SCREEN, changed));
    }
}
