package com.licensedesk.account;

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

    public ContactPerson user(long accountId) {
        return accounts.user(accountId);
    }

    public FieldChanges save(Acting acting, ContactPerson user) {
        return changes.save(acting, "USER_CHANGED", () -> accounts.user(acting.accountId()),
                before -> new FieldChanges().include("user", before.changesTo(user)),
                () -> accounts.updateUser(acting.accountId(), user),
                (before, changed) -> mail.confirmation(user.email(), before.email(), acting, SCREEN, changed));
    }
}
