package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.RECOVERY_CODE;

import com.licensedesk.auth.TwoFactorRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JooqTwoFactor implements TwoFactorRepository {
    private final Database database;

    public JooqTwoFactor(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Secret> secret(long accountId) {
        return database.dsl().select(ACCOUNT.TOTP_SECRET, ACCOUNT.TOTP_LAST_STEP).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId)).and(ACCOUNT.TOTP_SECRET.isNotNull())
                .fetchOptional(r -> new Secret(r.value1(), r.value2() == null ? 0 : r.value2()));
    }

    @Override
    public void enable(long accountId, String secret, long lastStep, List<String> recoveryCodeHashes) {
        database.dsl().update(ACCOUNT)
                .set(ACCOUNT.TOTP_SECRET, secret)
                .set(ACCOUNT.TOTP_LAST_STEP, lastStep)
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
        database.dsl().deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        for (String hash : recoveryCodeHashes) {
            database.dsl().insertInto(RECOVERY_CODE)
                    .set(RECOVERY_CODE.ACCOUNT_ID, accountId)
                    .set(RECOVERY_CODE.CODE_HASH, hash)
                    .execute();
        }
    }

    @Override
    public void disable(long accountId) {
        database.dsl().update(ACCOUNT)
                .setNull(ACCOUNT.TOTP_SECRET)
                .setNull(ACCOUNT.TOTP_LAST_STEP)
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
        database.dsl().deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
    }

    @Override
    public boolean useStep(long accountId, long step) {
        // One statement, so that two desks cannot both accept a code of the same step.
        return database.dsl().update(ACCOUNT)
                .set(ACCOUNT.TOTP_LAST_STEP, step)
                .where(ACCOUNT.ID.eq(accountId))
                .and(ACCOUNT.TOTP_LAST_STEP.isNull().or(ACCOUNT.TOTP_LAST_STEP.lt(step)))
                .execute() == 1;
    }

    @Override
    public boolean useRecoveryCode(long accountId, String codeHash, Instant at) {
        return database.dsl().update(RECOVERY_CODE)
                .set(RECOVERY_CODE.USED_AT, Times.utc(at))
                .where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId))
                .and(RECOVERY_CODE.CODE_HASH.eq(codeHash))
                .and(RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }
}
