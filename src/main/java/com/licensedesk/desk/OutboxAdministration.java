package com.licensedesk.desk;

import com.licensedesk.change.NotJournalled;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.session.Actor;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** 送信メール at the desk: the outbox as it stands, a failed mail sent again, a waiting one cancelled; audited. */
public final class OutboxAdministration {
    /** 再送. Not journalled: the mail is this database's, and a kiosk's mail is sent from home. */
    public record ResendMail(long mailId) implements NotJournalled {
    }

    /** 取り消し, not journalled as {@link ResendMail}. */
    public record CancelMail(long mailId) implements NotJournalled {
    }

    private final OutboxRepository outbox;
    private final ChangePipeline pipeline;

    public OutboxAdministration(OutboxRepository outbox, ChangePipeline pipeline) {
        this.outbox = outbox;
        this.pipeline = pipeline;
    }

    public List<OutboxMail> list(Optional<OutboxMail.State> state, int limit) {
        return outbox.list(state, limit);
    }

    /** 再送: a failed mail waits again, due at once. False when it was no longer failed. */
    public boolean resend(Actor actor, long mailId) {
        return pipeline.run(actor, new ResendMail(mailId), (command, context) -> audited(AuditAction.MAIL_RESENT,
                command.mailId(), () -> outbox.retry(command.mailId(), context.now())));
    }

    /** 取り消し: a waiting mail is not sent. False when it was no longer waiting. */
    public boolean cancel(Actor actor, long mailId) {
        return pipeline.run(actor, new CancelMail(mailId), (command, context) -> audited(AuditAction.MAIL_CANCELLED,
                command.mailId(), () -> outbox.cancel(command.mailId())));
    }

    private static Outcome<Boolean> audited(AuditAction action, long mailId, BooleanSupplier done) {
        return done.getAsBoolean() ? Outcome.changed(true).audited(Optional.empty(), action, "mail=" + mailId)
                : Outcome.unchanged(false);
    }
}
