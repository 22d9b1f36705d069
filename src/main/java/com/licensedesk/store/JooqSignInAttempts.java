package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.SIGN_IN_ATTEMPT;

import com.licensedesk.auth.SignInAttempts;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

public final class JooqSignInAttempts implements SignInAttempts {
    private final Database database;

    public JooqSignInAttempts(Database database) {
        this.database = database;
    }

    @Override
    public void record(String foldedLoginId, Instant at, Outcome outcome) {
        database.dsl().insertInto(SIGN_IN_ATTEMPT)
                .set(SIGN_IN_ATTEMPT.LOGIN_ID_FOLDED, foldedLoginId)
                .set(SIGN_IN_ATTEMPT.ATTEMPTED_AT, Times.utc(at))
                .set(SIGN_IN_ATTEMPT.OUTCOME, outcome.name())
                .execute();
    }

    @Override
    public long countTry(String foldedLoginId, Instant at) {
        return database.dsl().insertInto(SIGN_IN_ATTEMPT)
                .set(SIGN_IN_ATTEMPT.LOGIN_ID_FOLDED, foldedLoginId)
                .set(SIGN_IN_ATTEMPT.ATTEMPTED_AT, Times.utc(at))
                .set(SIGN_IN_ATTEMPT.OUTCOME, Outcome.FAILED.name())
                .returningResult(SIGN_IN_ATTEMPT.ID)
                .fetchOne(SIGN_IN_ATTEMPT.ID);
    }

    @Override
    public List<Instant> failuresBefore(String foldedLoginId, Instant since, long tryId) {
        return failures(foldedLoginId, since, SIGN_IN_ATTEMPT.ID.lt(tryId));
    }

    @Override
    public void withdraw(long tryId) {
        database.dsl().deleteFrom(SIGN_IN_ATTEMPT).where(SIGN_IN_ATTEMPT.ID.eq(tryId)).execute();
    }

    @Override
    public List<Instant> recentFailures(String foldedLoginId, Instant since) {
        return failures(foldedLoginId, since, DSL.noCondition());
    }

    private List<Instant> failures(String foldedLoginId, Instant since, Condition before) {
        // Ids, not times, order the attempts: a reset in the same instant as a failure still comes after it.
        // One seek per outcome that ends a run (see V16), not a scan of the login's whole history.
        long lastReset = 0;
        for (Outcome outcome : Outcome.values()) {
            if (outcome == Outcome.FAILED) {
                continue;
            }
            Long last = database.dsl().select(DSL.max(SIGN_IN_ATTEMPT.ID))
                    .from(SIGN_IN_ATTEMPT)
                    .where(SIGN_IN_ATTEMPT.LOGIN_ID_FOLDED.eq(foldedLoginId))
                    .and(SIGN_IN_ATTEMPT.OUTCOME.eq(outcome.name()))
                    .and(before)
                    .fetchOne(0, Long.class);
            if (last != null) {
                lastReset = Math.max(lastReset, last);
            }
        }
        return database.dsl().select(SIGN_IN_ATTEMPT.ATTEMPTED_AT)
                .from(SIGN_IN_ATTEMPT)
                .where(SIGN_IN_ATTEMPT.LOGIN_ID_FOLDED.eq(foldedLoginId))
                .and(SIGN_IN_ATTEMPT.OUTCOME.eq(Outcome.FAILED.name()))
                .and(SIGN_IN_ATTEMPT.ATTEMPTED_AT.ge(Times.utc(since)))
                .and(SIGN_IN_ATTEMPT.ID.gt(lastReset))
                .and(before)
                // In time order, so that the window's index is read (not every failure since the last reset).
                .orderBy(SIGN_IN_ATTEMPT.ATTEMPTED_AT, SIGN_IN_ATTEMPT.ID)
                .fetch(r -> Times.instant(r.value1()));
    }

    @Override
    public int prune(Instant before) {
        return database.dsl().deleteFrom(SIGN_IN_ATTEMPT).where(SIGN_IN_ATTEMPT.ATTEMPTED_AT.lt(Times.utc(before)))
                .execute();
    }
}
