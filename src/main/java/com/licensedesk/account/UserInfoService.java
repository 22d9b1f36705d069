package com.licensedesk.account;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.audit.FieldChanges;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.ContactSection;
import com.licensedesk.mail.Outbox;
import com.licensedesk.store.Transactor;
import java.time.Clock;
import java.util.Optional;

/**
 * ユーザ登録情報: the user's mail address, name, department and numbers, saved with a mail to the user (and a notice
 * to the old address when it changed) and an audit record, in one transaction.
 */
public final class UserInfoService {
    static final String SCREEN = "userInfo.title";

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final AccountChangeMail mail;
    private final AuditLog audit;
    private final Clock clock;

    public UserInfoService(Transactor transactor, AccountRepository accounts, Outbox outbox, AccountChangeMail mail,
                           AuditLog audit, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.outbox = outbox;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    public ContactPerson user(long accountId) {
        return accounts.user(accountId);
    }

    public FieldChanges save(long accountId, String loginId, ContactPerson user) {
        return transactor.inTransaction(() -> {
            ContactPerson before = accounts.user(accountId);
            FieldChanges changes = new FieldChanges();
            ContactSection.compare("", before, user, changes);
            if (!changes.isEmpty()) {
                accounts.updateUser(accountId, user);
                mail.confirmation(user.email(), before.email(), loginId, SCREEN, changes).forEach(outbox::enqueue);
                audit.record(new AuditEntry(clock.instant(), Optional.of(accountId), loginId, "USER_CHANGED",
                        changes.auditDetail()));
            }
            return changes;
        });
    }
}
