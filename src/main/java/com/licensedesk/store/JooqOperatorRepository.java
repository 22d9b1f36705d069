package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.OPERATOR;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.operators.Operator;
import com.licensedesk.operators.OperatorRepository;
import com.licensedesk.session.Role;
import com.licensedesk.store.schema.tables.records.OperatorRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.DataAccessException;

public final class JooqOperatorRepository implements OperatorRepository {
    private final Database database;
    private final SecretBox box;

    /** {@code box} seals the operators' two-factor secrets. */
    public JooqOperatorRepository(Database database, SecretBox box) {
        this.database = database;
        this.box = box;
    }

    @Override
    public long count() {
        return database.dsl().fetchCount(OPERATOR);
    }

    @Override
    public long activeAdmins() {
        return database.dsl().fetchCount(OPERATOR,
                OPERATOR.ROLE.eq(Role.ADMIN.name()).and(OPERATOR.ACTIVE.isTrue()));
    }

    @Override
    public Optional<Stored> find(String loginId) {
        return database.dsl().selectFrom(OPERATOR).where(OPERATOR.LOGIN_ID_FOLDED.eq(LoginId.folded(loginId)))
                .fetchOptional(r -> new Stored(operator(r), r.getPasswordHash()));
    }

    @Override
    public List<Operator> all() {
        return database.dsl().selectFrom(OPERATOR).orderBy(OPERATOR.LOGIN_ID_FOLDED)
                .fetch(JooqOperatorRepository::operator);
    }

    @Override
    public Operator create(String loginId, String name, Role role, String passwordHash, Instant at) {
        OperatorRecord record = database.dsl().newRecord(OPERATOR);
        record.setLoginId(loginId);
        record.setLoginIdFolded(LoginId.folded(loginId));
        record.setName(name);
        record.setRole(role.name());
        record.setPasswordHash(passwordHash);
        record.setActive(true);
        record.setCreatedAt(Times.utc(at));
        try {
            record.insert();
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new LoginIdTaken(loginId);
            }
            throw e;
        }
        return operator(record);
    }

    @Override
    public void deactivate(long operatorId) {
        database.dsl().update(OPERATOR).set(OPERATOR.ACTIVE, false).where(OPERATOR.ID.eq(operatorId)).execute();
    }

    @Override
    public void changePassword(long operatorId, String passwordHash, Instant at) {
        database.dsl().update(OPERATOR).set(OPERATOR.PASSWORD_HASH, passwordHash)
                .set(OPERATOR.PASSWORD_CHANGED_AT, Times.utc(at)).where(OPERATOR.ID.eq(operatorId)).execute();
    }

    @Override
    public Optional<TotpState> totp(long operatorId) {
        return database.dsl().select(OPERATOR.TOTP_SEALED, OPERATOR.TOTP_LAST_STEP).from(OPERATOR)
                .where(OPERATOR.ID.eq(operatorId)).and(OPERATOR.TOTP_SEALED.isNotNull())
                .fetchOptional(r -> new TotpState(box.open(r.value1()), r.value2() == null ? -1 : r.value2()));
    }

    @Override
    public void setTotp(long operatorId, Optional<String> secret) {
        database.dsl().update(OPERATOR).set(OPERATOR.TOTP_SEALED, secret.map(box::seal).orElse(null))
                .setNull(OPERATOR.TOTP_SECRET).setNull(OPERATOR.TOTP_LAST_STEP).where(OPERATOR.ID.eq(operatorId)).execute();
    }

    @Override
    public boolean useTotpStep(long operatorId, long step) {
        // A conditional update: of two desks accepting the same code at once, only one succeeds.
        return database.dsl().update(OPERATOR).set(OPERATOR.TOTP_LAST_STEP, step)
                .where(OPERATOR.ID.eq(operatorId))
                .and(OPERATOR.TOTP_LAST_STEP.isNull().or(OPERATOR.TOTP_LAST_STEP.lt(step)))
                .execute() == 1;
    }

    private static Operator operator(OperatorRecord r) {
        return new Operator(r.getId(), r.getLoginId(), r.getName(), Role.valueOf(r.getRole()), r.getActive(),
                Times.instant(r.getCreatedAt()), r.getTotpSealed() != null);
    }
}
