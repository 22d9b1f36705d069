package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.OUTBOX_MAIL;

import com.licensedesk.mail.NewMail;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.store.schema.tables.records.OutboxMailRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import java.util.Optional;

public final class JooqOutboxRepository implements OutboxRepository {
    private static final int MAX_ERROR_LENGTH = 2000;
    /** What is left of a secret's body: nothing (the monitor says why it shows none). */
    static final String REDACTED = "";
    private final Database database;

    public JooqOutboxRepository(Database database) {
        this.database = database;
    }

    @Override
    public long add(NewMail mail, String messageId, Instant createdAt) {
        return database.dsl().insertInto(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.MESSAGE_ID, messageId)
                .set(OUTBOX_MAIL.RECIPIENT, mail.recipient())
                .set(OUTBOX_MAIL.SUBJECT, mail.subject())
                .set(OUTBOX_MAIL.BODY, mail.body())
                .set(OUTBOX_MAIL.HOLDS_SECRET, mail.holdsSecret())
                .set(OUTBOX_MAIL.VALID_UNTIL, mail.validUntil().map(Times::utc).orElse(null))
                .set(OUTBOX_MAIL.LAPSES_WITH, mail.lapsesWith().orElse(null))
                .set(OUTBOX_MAIL.CREATED_AT, Times.utc(createdAt))
                .set(OUTBOX_MAIL.ATTEMPTS, 0)
                .set(OUTBOX_MAIL.NEXT_ATTEMPT_AT, Times.utc(createdAt))
                .returningResult(OUTBOX_MAIL.ID)
                .fetchOne(OUTBOX_MAIL.ID);
    }

    @Override
    public List<OutboxMail> claim(String owner, Instant now, Duration lease, int limit) {
        LocalDateTime at = Times.utc(now);
        Condition free = OUTBOX_MAIL.LEASE_UNTIL.isNull().or(OUTBOX_MAIL.LEASE_UNTIL.lt(at));
        Condition claimable = OUTBOX_MAIL.STATE.eq(OutboxMail.State.WAITING.name())
                .and(OUTBOX_MAIL.NEXT_ATTEMPT_AT.le(at)).and(free)
                .and(OUTBOX_MAIL.VALID_UNTIL.isNull().or(OUTBOX_MAIL.VALID_UNTIL.gt(at)));
        List<Long> candidates = database.dsl().select(OUTBOX_MAIL.ID).from(OUTBOX_MAIL).where(claimable)
                .orderBy(OUTBOX_MAIL.NEXT_ATTEMPT_AT, OUTBOX_MAIL.ID).limit(limit).fetch(OUTBOX_MAIL.ID);
        List<OutboxMail> claimed = new ArrayList<>();
        for (long id : candidates) {
            // Conditional: of two senders that saw the same free mail, only one update changes a row.
            int won = database.dsl().update(OUTBOX_MAIL)
                    .set(OUTBOX_MAIL.LEASE_OWNER, owner)
                    .set(OUTBOX_MAIL.LEASE_UNTIL, Times.utc(now.plus(lease)))
                    .where(OUTBOX_MAIL.ID.eq(id)).and(claimable)
                    .execute();
            if (won == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    public boolean hold(long id, String owner, Instant now, Duration lease) {
        LocalDateTime at = Times.utc(now);
        return database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.LEASE_UNTIL, Times.utc(now.plus(lease)))
                .where(heldBy(id, owner)).and(OUTBOX_MAIL.STATE.eq(OutboxMail.State.WAITING.name()))
                .and(OUTBOX_MAIL.VALID_UNTIL.isNull().or(OUTBOX_MAIL.VALID_UNTIL.gt(at)))
                .execute() == 1;
    }

    @Override
    public List<OutboxMail> unsent() {
        return database.dsl().selectFrom(OUTBOX_MAIL)
                .where(OUTBOX_MAIL.STATE.eq(OutboxMail.State.WAITING.name()))
                .orderBy(OUTBOX_MAIL.CREATED_AT, OUTBOX_MAIL.ID)
                .fetch(JooqOutboxRepository::toMail);
    }

    @Override
    public List<OutboxMail> list(Optional<OutboxMail.State> state, int limit) {
        return database.dsl().selectFrom(OUTBOX_MAIL)
                .where(state.map(s -> OUTBOX_MAIL.STATE.eq(s.name())).orElse(DSL.noCondition()))
                .orderBy(OUTBOX_MAIL.ID.desc())
                .limit(limit)
                .fetch(JooqOutboxRepository::toMail);
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return database.dsl().selectFrom(OUTBOX_MAIL).where(OUTBOX_MAIL.ID.eq(id))
                .fetchOptional(JooqOutboxRepository::toMail);
    }

    @Override
    public Counts counts() {
        var row = database.dsl().select(
                        DSL.count().filterWhere(OUTBOX_MAIL.STATE.eq(OutboxMail.State.WAITING.name())),
                        DSL.count().filterWhere(OUTBOX_MAIL.STATE.eq(OutboxMail.State.FAILED.name())))
                .from(OUTBOX_MAIL)
                .where(OUTBOX_MAIL.STATE.in(OutboxMail.State.WAITING.name(), OutboxMail.State.FAILED.name()))
                .fetchSingle();
        return new Counts(row.value1(), row.value2());
    }

    @Override
    public boolean markSent(long id, String owner, Instant sentAt) {
        return attempted(null).set(OUTBOX_MAIL.STATE, OutboxMail.State.SENT.name())
                .set(OUTBOX_MAIL.SENT_AT, Times.utc(sentAt))
                .set(OUTBOX_MAIL.BODY, redactedIfSecret())
                .where(heldBy(id, owner)).execute() == 1;
    }

    @Override
    public void markRetry(long id, String owner, String error, Instant nextAttemptAt) {
        attempted(cut(error)).set(OUTBOX_MAIL.NEXT_ATTEMPT_AT, Times.utc(nextAttemptAt))
                .where(heldBy(id, owner)).execute();
    }

    @Override
    public void markFailed(long id, String owner, String error, Instant at) {
        attempted(cut(error)).set(OUTBOX_MAIL.STATE, OutboxMail.State.FAILED.name())
                .set(OUTBOX_MAIL.FAILED_AT, Times.utc(at))
                .where(heldBy(id, owner)).execute();
    }

    @Override
    public void release(Collection<Long> ids, String owner, Instant nextAttemptAt) {
        if (ids.isEmpty()) {
            return;
        }
        database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.NEXT_ATTEMPT_AT, Times.utc(nextAttemptAt))
                .setNull(OUTBOX_MAIL.LEASE_OWNER)
                .setNull(OUTBOX_MAIL.LEASE_UNTIL)
                .where(OUTBOX_MAIL.ID.in(ids)).and(OUTBOX_MAIL.LEASE_OWNER.eq(owner))
                .execute();
    }

    @Override
    public int expire(Instant now) {
        return expireWhere(OUTBOX_MAIL.VALID_UNTIL.le(Times.utc(now)));
    }

    @Override
    public int lapse(Collection<String> keys) {
        return keys.isEmpty() ? 0 : expireWhere(OUTBOX_MAIL.LAPSES_WITH.in(keys));
    }

    private int expireWhere(Condition which) {
        return database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.STATE, OutboxMail.State.EXPIRED.name())
                .set(OUTBOX_MAIL.BODY, redactedIfSecret())
                .setNull(OUTBOX_MAIL.LEASE_OWNER)
                .setNull(OUTBOX_MAIL.LEASE_UNTIL)
                .where(OUTBOX_MAIL.STATE.eq(OutboxMail.State.WAITING.name()))
                .and(which)
                .execute();
    }

    /** One attempt more, its answer, and the lease given back. */
    private UpdateSetMoreStep<OutboxMailRecord> attempted(String answer) {
        return database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.ATTEMPTS, OUTBOX_MAIL.ATTEMPTS.plus(1))
                .set(OUTBOX_MAIL.LAST_ERROR, answer)
                .setNull(OUTBOX_MAIL.LEASE_OWNER)
                .setNull(OUTBOX_MAIL.LEASE_UNTIL);
    }

    /** A sender records only what it holds: a mail whose lease ran out may be another sender's by now. */
    private static Condition heldBy(long id, String owner) {
        return OUTBOX_MAIL.ID.eq(id).and(OUTBOX_MAIL.LEASE_OWNER.eq(owner));
    }

    @Override
    public boolean retry(long id, Instant now) {
        return retryWhere(OUTBOX_MAIL.ID.eq(id), now) == 1;
    }

    @Override
    public int retryAllFailed(Instant now) {
        return retryWhere(DSL.noCondition(), now);
    }

    private int retryWhere(Condition which, Instant now) {
        return database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.STATE, OutboxMail.State.WAITING.name())
                .set(OUTBOX_MAIL.NEXT_ATTEMPT_AT, Times.utc(now))
                .setNull(OUTBOX_MAIL.FAILED_AT)
                .where(which).and(OUTBOX_MAIL.STATE.eq(OutboxMail.State.FAILED.name()))
                .execute();
    }

    @Override
    public boolean cancel(long id) {
        return database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.STATE, OutboxMail.State.CANCELLED.name())
                .set(OUTBOX_MAIL.BODY, redactedIfSecret())
                .where(OUTBOX_MAIL.ID.eq(id)).and(OUTBOX_MAIL.STATE.eq(OutboxMail.State.WAITING.name()))
                .execute() == 1;
    }

    /** A mail that carried a secret (a reset code) keeps no body once it has gone out or will not go. */
    private static Field<String> redactedIfSecret() {
        return DSL.when(OUTBOX_MAIL.HOLDS_SECRET.isTrue(), DSL.inline(REDACTED)).otherwise(OUTBOX_MAIL.BODY);
    }

    private static String cut(String error) {
        String reason = error == null ? "" : error;
        return reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    }

    private static OutboxMail toMail(OutboxMailRecord r) {
        return new OutboxMail(r.getId(), r.getMessageId(), r.getRecipient(), r.getSubject(), r.getBody(),
                Times.instant(r.getCreatedAt()), r.getAttempts(), Times.instant(r.getNextAttemptAt()),
                Optional.ofNullable(r.getLastError()), Optional.ofNullable(Times.instant(r.getSentAt())),
                OutboxMail.State.valueOf(r.getState()), r.getHoldsSecret());
    }

    @Override
    public int pruneSent(Instant sentBefore) {
        return database.dsl().deleteFrom(OUTBOX_MAIL).where(OUTBOX_MAIL.SENT_AT.lt(Times.utc(sentBefore))).execute();
    }
}
