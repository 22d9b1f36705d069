package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.RECOVERY_CODE;

import static com.licensedesk.store.schema.Tables.OPERATOR;

import com.licensedesk.auth.SecretBox;
import com.licensedesk.auth.TwoFactorRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Customers' two-factor secrets, sealed with the desk's {@link SecretBox}; recovery codes as salted hashes. */
public final class JooqTwoFactor implements TwoFactorRepository {
    private final Database database;
    private final SecretBox box;

    public JooqTwoFactor(Database database, SecretBox box) {
        this.database = database;
        this.box = box;
    }

    /** True when any secret, a customer's or an operator's, is sealed: the key that sealed it is needed. */
    public static boolean anySealed(Database database) {
        return database.dsl().fetchExists(ACCOUNT, ACCOUNT.TOTP_SEALED.isNotNull())
                || database.dsl().fetchExists(OPERATOR, OPERATOR.TOTP_SEALED.isNotNull());
    }

    /** Seals the secrets an older version kept in clear, customers' and operators'; returns how many. */
    public int sealSecretsKeptInClear() {
        return database.inTransaction(() -> {
            int sealed = 0;
            for (var row : database.dsl().select(ACCOUNT.ID, ACCOUNT.TOTP_SECRET).from(ACCOUNT)
                    .where(ACCOUNT.TOTP_SECRET.isNotNull()).fetch()) {
                sealed += database.dsl().update(ACCOUNT).set(ACCOUNT.TOTP_SEALED, box.seal(row.value2()))
                        .setNull(ACCOUNT.TOTP_SECRET).where(ACCOUNT.ID.eq(row.value1())).execute();
            }
            for (var row : database.dsl().select(OPERATOR.ID, OPERATOR.TOTP_SECRET).from(OPERATOR)
                    .where(OPERATOR.TOTP_SECRET.isNotNull()).fetch()) {
                sealed += database.dsl().update(OPERATOR).set(OPERATOR.TOTP_SEALED, box.seal(row.value2()))
                        .setNull(OPERATOR.TOTP_SECRET).where(OPERATOR.ID.eq(row.value1())).execute();
            }
            return sealed;
        });
    }

    @Override
    public Optional<Secret> secret(long accountId) {
        return database.dsl().select(ACCOUNT.TOTP_SEALED, ACCOUNT.TOTP_LAST_STEP).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId)).and(ACCOUNT.TOTP_SEALED.isNotNull())
                .fetchOptional(r -> new Secret(box.open(r.value1()), r.value2() == null ? 0 : r.value2()));
    }

    @Override
    public void enable(long accountId, String sealedSecret, long lastStep, List<String> recoveryCodeHashes) {
        if (!SecretBox.isSealed(sealedSecret)) {
            throw new IllegalArgumentException("A two-factor secret is stored sealed, never in clear");
        }
        database.dsl().update(ACCOUNT)
                .set(ACCOUNT.TOTP_SEALED, sealedSecret)
                .setNull(ACCOUNT.TOTP_SECRET)
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
                .setNull(ACCOUNT.TOTP_SEALED)
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
    public List<UnusedCode> unusedRecoveryCodes(long accountId) {
        return database.dsl().select(RECOVERY_CODE.ID, RECOVERY_CODE.CODE_HASH).from(RECOVERY_CODE)
                .where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).and(RECOVERY_CODE.USED_AT.isNull())
                .orderBy(RECOVERY_CODE.ID)
                .fetch(r -> new UnusedCode(r.value1(), r.value2()));
    }

    @Override
    public boolean useRecoveryCode(long codeId, Instant at) {
        return database.dsl().update(RECOVERY_CODE)
                .set(RECOVERY_CODE.USED_AT, Times.utc(at))
                .where(RECOVERY_CODE.ID.eq(codeId))
                .and(RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }
}
