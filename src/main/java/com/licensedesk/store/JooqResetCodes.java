package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.RESET_CODE;
import static com.licensedesk.store.schema.Tables.RESET_REQUEST;

import com.licensedesk.auth.ResetCodeRepository;
import com.licensedesk.mail.OutboxRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

public final class JooqResetCodes implements ResetCodeRepository {
    private final Database database;
    private final OutboxRepository outbox;

    /** {@code outbox}: a closed code's waiting mail lapses there, in the same transaction. */
    public JooqResetCodes(Database database, OutboxRepository outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public long issue(long accountId, String codeHash, Instant issuedAt, Instant expiresAt) {
        closeOpen(List.of(accountId), "REPLACED", issuedAt);
        return database.dsl().insertInto(RESET_CODE)
                .set(RESET_CODE.ACCOUNT_ID, accountId)
                .set(RESET_CODE.CODE_HASH, codeHash)
                .set(RESET_CODE.ISSUED_AT, Times.utc(issuedAt))
                .set(RESET_CODE.EXPIRES_AT, Times.utc(expiresAt))
                .set(RESET_CODE.WRONG_TRIES, 0)
                .returningResult(RESET_CODE.ID)
                .fetchOne(RESET_CODE.ID);
    }

    @Override
    public Optional<OpenCode> findOpen(String codeHash, Collection<Long> accountIds) {
        return findOpen(RESET_CODE.CODE_HASH.eq(codeHash).and(RESET_CODE.ACCOUNT_ID.in(accountIds)));
    }

    @Override
    public Optional<OpenCode> findOpenAnywhere(String codeHash) {
        return findOpen(RESET_CODE.CODE_HASH.eq(codeHash));
    }

    private Optional<OpenCode> findOpen(Condition which) {
        // Codes are 60 random bits: two open codes with one hash do not happen; the first is taken if they did.
        return database.dsl().selectFrom(RESET_CODE)
                .where(which).and(RESET_CODE.CLOSED_AT.isNull())
                .orderBy(RESET_CODE.ID).limit(1)
                .fetchOptional(r -> new OpenCode(r.getId(), r.getAccountId(), Times.instant(r.getExpiresAt())));
    }

    @Override
    public int addWrongTry(Collection<Long> accountIds) {
        database.dsl().update(RESET_CODE)
                .set(RESET_CODE.WRONG_TRIES, RESET_CODE.WRONG_TRIES.plus(1))
                .where(RESET_CODE.ACCOUNT_ID.in(accountIds))
                .and(RESET_CODE.CLOSED_AT.isNull())
                .execute();
        Integer most = database.dsl().select(DSL.max(RESET_CODE.WRONG_TRIES)).from(RESET_CODE)
                .where(RESET_CODE.ACCOUNT_ID.in(accountIds))
                .and(RESET_CODE.CLOSED_AT.isNull())
                .fetchOne(0, Integer.class);
        return most == null ? 0 : most;
    }

    @Override
    public void closeOpen(Collection<Long> accountIds, String reason, Instant at) {
        Condition open = RESET_CODE.ACCOUNT_ID.in(accountIds).and(RESET_CODE.CLOSED_AT.isNull());
        List<String> mails = database.dsl().select(RESET_CODE.ID).from(RESET_CODE).where(open)
                .fetch(id -> ResetCodeRepository.mailKey(id.value1()));
        if (mails.isEmpty()) {
            return;
        }
        database.dsl().update(RESET_CODE)
                .set(RESET_CODE.CLOSED_AT, Times.utc(at))
                .set(RESET_CODE.CLOSED_REASON, reason)
                .where(open)
                .execute();
        // In the same transaction: a code used a minute after its request must not be mailed once SMTP is set.
        outbox.lapse(mails);
    }

    @Override
    public void recordRequest(String subjectFolded, String desk, Instant at) {
        database.dsl().insertInto(RESET_REQUEST)
                .set(RESET_REQUEST.SUBJECT_FOLDED, subjectFolded)
                .set(RESET_REQUEST.DESK, desk)
                .set(RESET_REQUEST.REQUESTED_AT, Times.utc(at))
                .execute();
    }

    @Override
    public int requestsFor(String subjectFolded, Instant since) {
        return database.dsl().fetchCount(RESET_REQUEST, RESET_REQUEST.SUBJECT_FOLDED.eq(subjectFolded)
                .and(RESET_REQUEST.REQUESTED_AT.gt(Times.utc(since))));
    }

    @Override
    public int requestsFromDesk(String desk, Instant since) {
        return database.dsl().fetchCount(RESET_REQUEST, RESET_REQUEST.DESK.eq(desk)
                .and(RESET_REQUEST.REQUESTED_AT.gt(Times.utc(since))));
    }
}
