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
 *
 * <p>At a kiosk enrolled with a home ({@link Place}), a journalled change's entry takes the kiosk's next sequence
 * number and holds the change's mail, which home sends once it has replayed the entry ({@link #replay}).
 */
public final class ChangePipeline {
    private final Transactor transactor;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Journal journal;
    private final CommandJson json;
    private final Clock clock;
    private final String origin;
    private final Place place;

    /** A desk's pipeline; {@code origin}: the desk's name, where changes made here are entered. */
    public ChangePipeline(Transactor transactor, Outbox outbox, AuditLog audit, Journal journal, CommandJson json,
                          Clock clock, String origin) {
        this(transactor, outbox, audit, journal, json, clock, origin, Place.desk());
    }

    /** {@code place} tells, in each change's transaction, whether this database is an enrolled kiosk's. */
    public ChangePipeline(Transactor transactor, Outbox outbox, AuditLog audit, Journal journal, CommandJson json,
                          Clock clock, String origin, Place place) {
        this.transactor = transactor;
        this.outbox = outbox;
        this.audit = audit;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
        this.origin = origin;
        this.place = place;
    }

    /** Runs {@code command} by {@code actor} through {@code handler}; returns the handler's answer. */
    public <C extends Command, R> R run(Actor actor, C command, CommandHandler<C, R> handler) {
        actor.require(command.permission());
        return transactor.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<String> kiosk = command.journalled() ? place.enrolledKiosk() : Optional.empty();
            Outcome<R> outcome = handler.handle(command,
                    new ChangeContext(actor, now, kiosk.orElse(origin), kiosk.isPresent()));
            boolean journalled = outcome.changed() && command.journalled();
            Optional<String> held = Optional.empty();
            if (journalled && kiosk.isPresent()) {
                // Nothing is sent from a kiosk: its mail travels home with the entry, under a Message-ID made here.
                held = Optional.of(json.writeMails(outcome.mails().stream()
                        .map(mail -> HeldMail.of(outbox.newMessageId(), mail)).toList()));
            } else {
                outcome.mails().forEach(outbox::enqueue);
            }
            record(outcome, now, actor, Optional.empty());
            if (journalled) {
                journal.append(new JournalEntry(UUID.randomUUID(), kiosk.orElse(origin),
                        kiosk.map(journal::nextSequence), CommandJson.FORMAT_VERSION, now, actor,
                        json.typeName(command), json.write(command), held));
            }
            return outcome.result();
        });
    }

    /**
     * Home replays a kiosk's entry: {@code command} (rebound to home's account, see {@link AccountCommand}) by
     * {@code actor} (the customer) through {@code handler}, in one transaction with the journal entry under the
     * kiosk's entry id, name and sequence number, the audit entries saying where and when (the kiosk's clock) it was
     * entered, the kiosk's mails in the outbox under their Message-IDs (the handler's own mails only when the kiosk
     * held none), and {@code alsoWrite}, the caller's own record of the entry. A refusal of the handler is thrown and
     * nothing is written; so is {@link AlreadyReplayed} when the entry was replayed before.
     */
    public <C extends Command, R> R replay(KioskEntry entry, Actor actor, C command, CommandHandler<C, R> handler,
                                           Runnable alsoWrite) {
        actor.require(command.permission());
        if (!command.journalled()) {
            throw new IllegalArgumentException("Not a journalled command: " + json.typeName(command));
        }
        return transactor.inTransaction(() -> {
            Instant now = clock.instant();
            // The entry first: a second replay, here or on a desk sharing the database, stops at its constraints
            // before its handler writes anything, also while the first is not committed yet.
            journal.append(new JournalEntry(entry.entryId(), entry.kiosk(), Optional.of(entry.sequence()),
                    CommandJson.FORMAT_VERSION, entry.enteredAt(), actor, json.typeName(command), json.write(command),
                    Optional.empty()));
            Outcome<R> outcome = handler.handle(command, new ChangeContext(actor, now, entry.kiosk(), false));
            if (entry.mails().isEmpty()) {
                outcome.mails().forEach(outbox::enqueue);
            } else {
                // What the kiosk composed is what the customer was promised, under the Message-ID it was given.
                entry.mails().forEach(held -> outbox.enqueue(held.mail(), held.messageId()));
            }
            record(outcome, now, actor, Optional.of(new AuditEntry.Entered(entry.kiosk(), entry.enteredAt())));
            alsoWrite.run();
            return outcome.result();
        });
    }

    private void record(Outcome<?> outcome, Instant now, Actor actor, Optional<AuditEntry.Entered> entered) {
        outcome.audit().forEach(entry -> audit.record(new AuditEntry(now, entry.accountId(), actor, entry.action(),
                entry.detail(), entered)));
    }

    /** The time the next change is made at: for handlers' callers that need it before (a code's expiry). */
    public Instant now() {
        return clock.instant();
    }
}
