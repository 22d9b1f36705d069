package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.SIGN_IN_ATTEMPT;

import com.licensedesk.auth.SignInAttempts;
import java.time.Instant;
import java.util.List;
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
    public List<Instant> recentFailures(String foldedLoginId, Instant since) {
        // Ids, not times, order the attempts: a reset in the same instant as a failure still comes after it.
        Long lastReset = database.dsl().select(DSL.max(SIGN_IN_ATTEMPT.ID))
                .from(SIGN_IN_ATTEMPT)
                .where(SIGN_IN_ATTEMPT.LOGIN_ID_FOLDED.eq(foldedLoginId))
                .and(SIGN_IN_ATTEMPT.OUTCOME.ne(Outcome.FAILED.name()))
                .fetchOne(0, Long.class);
        return database.dsl().select(SIGN_IN_ATTEMPT.ATTEMPTED_AT)
                .from(SIGN_IN_ATTEMPT)
                .where(SIGN_IN_ATTEMPT.LOGIN_ID_FOLDED.eq(foldedLoginId))
                .and(SIGN_IN_ATTEMPT.OUTCOME.eq(Outcome.FAILED.name()))
                .and(SIGN_IN_ATTEMPT.ATTEMPTED_AT.ge(Times.utc(since)))
                .and(SIGN_IN_ATTEMPT.ID.gt(lastReset == null ? 0L : lastReset))
                .orderBy(SIGN_IN_ATTEMPT.ID)
                .fetch(r -> Times.instant(r.value1()));
    }
}
