package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.OUTBOX_MAIL;

import com.licensedesk.mail.NewMail;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.store.schema.tables.records.OutboxMailRecord;
import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;
import java.util.Optional;

public final class JooqOutboxRepository implements OutboxRepository {
    private static final int MAX_ERROR_LENGTH = 2000;
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
                .set(OUTBOX_MAIL.CREATED_AT, Times.utc(createdAt))
                .set(OUTBOX_MAIL.ATTEMPTS, 0)
                .set(OUTBOX_MAIL.NEXT_ATTEMPT_AT, Times.utc(createdAt))
                .returningResult(OUTBOX_MAIL.ID)
                .fetchOne(OUTBOX_MAIL.ID);
    }

    @Override
    public List<OutboxMail> due(Instant now, int limit) {
        return database.dsl().selectFrom(OUTBOX_MAIL)
                .where(OUTBOX_MAIL.SENT_AT.isNull())
                .and(OUTBOX_MAIL.NEXT_ATTEMPT_AT.le(Times.utc(now)))
                .orderBy(OUTBOX_MAIL.NEXT_ATTEMPT_AT, OUTBOX_MAIL.ID)
                .limit(limit)
                .fetch(JooqOutboxRepository::toMail);
    }

    @Override
    public List<OutboxMail> unsent() {
        return database.dsl().selectFrom(OUTBOX_MAIL)
                .where(OUTBOX_MAIL.SENT_AT.isNull())
                .orderBy(OUTBOX_MAIL.CREATED_AT, OUTBOX_MAIL.ID)
                .fetch(JooqOutboxRepository::toMail);
    }

    @Override
    public Counts counts() {
        var row = database.dsl().select(DSL.count(), DSL.count(OUTBOX_MAIL.LAST_ERROR)).from(OUTBOX_MAIL)
                .where(OUTBOX_MAIL.SENT_AT.isNull()).fetchSingle();
        return new Counts(row.value1(), row.value2());
    }

    @Override
    public void markSent(long id, Instant sentAt) {
        database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.SENT_AT, Times.utc(sentAt))
                .set(OUTBOX_MAIL.ATTEMPTS, OUTBOX_MAIL.ATTEMPTS.plus(1))
                .set(OUTBOX_MAIL.LAST_ERROR, (String) null)
                .where(OUTBOX_MAIL.ID.eq(id))
                .execute();
    }

    @Override
    public void markFailed(long id, String error, Instant nextAttemptAt) {
        String reason = error == null ? "" : error;
        database.dsl().update(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.ATTEMPTS, OUTBOX_MAIL.ATTEMPTS.plus(1))
                .set(OUTBOX_MAIL.LAST_ERROR, reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason)
                .set(OUTBOX_MAIL.NEXT_ATTEMPT_AT, Times.utc(nextAttemptAt))
                .where(OUTBOX_MAIL.ID.eq(id))
                .execute();
    }

    private static OutboxMail toMail(OutboxMailRecord r) {
        return new OutboxMail(r.getId(), r.getMessageId(), r.getRecipient(), r.getSubject(), r.getBody(),
                Times.instant(r.getCreatedAt()), r.getAttempts(), Times.instant(r.getNextAttemptAt()),
                Optional.ofNullable(r.getLastError()), Optional.ofNullable(Times.instant(r.getSentAt())));
    }
}
