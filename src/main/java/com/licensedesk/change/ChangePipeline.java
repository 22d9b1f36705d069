package com.licensedesk.change;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.mail.Outbox;
import com.licensedesk.session.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way a change is made, at a desk, a kiosk or from the command line: the actor's permission, then one
 * transaction holding the handler's writes, the mail it asks for (the outbox), the audit entries with their typed
 * actions, and the journal entry of the command. Either all of it is written or none of it. No service writes the
 * outbox, the audit log or the journal another way.
 */
public final class ChangePipeline {
    private final Transactor transactor;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Journal journal;
    private final CommandJson json;
    private final Clock clock;
    private final String origin;

    /** {@code origin}: where changes made here are entered (the desk's or the kiosk's name). */
    public ChangePipeline(Transactor transactor, Outbox outbox, AuditLog audit, Journal journal, CommandJson json,
                          Clock clock, String origin) {
        this.transactor = transactor;
        this.outbox = outbox;
        this.audit = audit;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
        this.origin = origin;
    }

    /** Runs {@code command} by {@code actor} through {@code handler}; returns the handler's answer. */
    public <C extends Command, R> R run(Actor actor, C command, CommandHandler<C, R> handler) {
        actor.require(command.permission());
        return transactor.inTransaction(() -> {
            Instant now = clock.instant();
            Outcome<R> outcome = handler.handle(command, new ChangeContext(actor, now, origin));
            outcome.mails().forEach(outbox::enqueue);
            outcome.audit().forEach(entry -> audit.record(new AuditEntry(now, entry.accountId(), actor,
                    entry.action(), entry.detail())));
            if (outcome.changed() && command.journalled()) {
                journal.append(new JournalEntry(UUID.randomUUID(), origin, Optional.empty(),
                        CommandJson.FORMAT_VERSION, now, actor, json.typeName(command), json.write(command)));
            }
            return outcome.result();
        });
    }

    /** The time the next change is made at: for handlers' callers that need it before (a code's expiry). */
    public Instant now() {
        return clock.instant();
    }
}
