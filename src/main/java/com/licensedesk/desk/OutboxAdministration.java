package com.licensedesk.desk;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.OutboxRepository;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.change.Transactor;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** 送信メール at the desk: the outbox as it stands, a failed mail sent again, a waiting one cancelled; audited. */
public final class OutboxAdministration {
    private final Transactor transactor;
    private final OutboxRepository outbox;
    private final AuditLog audit;
    private final Clock clock;

    public OutboxAdministration(Transactor transactor, OutboxRepository outbox, AuditLog audit, Clock clock) {
        this.transactor = transactor;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public List<OutboxMail> list(Optional<OutboxMail.State> state, int limit) {
        return outbox.list(state, limit);
    }

    /** 再送: a failed mail waits again, due at once. False when it was no longer failed. */
    public boolean resend(Actor actor, long mailId) {
        actor.require(Permission.CHANGE_CUSTOMERS);
        return transactor.inTransaction(() -> {
            boolean done = outbox.retry(mailId, clock.instant());
            if (done) {
                audit.record(new AuditEntry(clock.instant(), Optional.empty(), actor, AuditAction.MAIL_RESENT, "mail=" + mailId));
            }
            return done;
        });
    }

    /** 取り消し: a waiting mail is not sent. False when it was no longer waiting. */
    public boolean cancel(Actor actor, long mailId) {
        actor.require(Permission.CHANGE_CUSTOMERS);
        return transactor.inTransaction(() -> {
            boolean done = outbox.cancel(mailId);
            if (done) {
                audit.record(new AuditEntry(clock.instant(), Optional.empty(), actor, AuditAction.MAIL_CANCELLED,
                        "mail=" + mailId));
            }
            return done;
        });
    }
}
