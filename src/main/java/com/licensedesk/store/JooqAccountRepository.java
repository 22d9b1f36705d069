package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;

import com.licensedesk.account.AccountRepository;
import com.licensedesk.account.NewAccount;
import com.licensedesk.auth.CredentialRepository;
import com.licensedesk.auth.Credentials;
import com.licensedesk.auth.LoginId;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.ui.validation.PhoneNumber;
import java.util.Optional;
import org.jooq.exception.DataAccessException;

public final class JooqAccountRepository implements AccountRepository, CredentialRepository {
    private final Database database;

    public JooqAccountRepository(Database database) {
        this.database = database;
    }

    @Override
    public boolean isLoginIdTaken(String loginId) {
        return database.dsl().fetchExists(ACCOUNT, ACCOUNT.LOGIN_ID_FOLDED.eq(LoginId.folded(loginId)));
    }

    @Override
    public long create(NewAccount account) {
        ContactPerson user = account.user();
        try {
            return database.dsl().insertInto(ACCOUNT)
                    .set(ACCOUNT.LOGIN_ID, account.loginId())
                    .set(ACCOUNT.LOGIN_ID_FOLDED, LoginId.folded(account.loginId()))
                    .set(ACCOUNT.PASSWORD_HASH, account.passwordHash())
                    .set(ACCOUNT.EMAIL, user.email())
                    .set(ACCOUNT.CONTACT_NAME, user.name())
                    .set(ACCOUNT.CONTACT_NAME_KANA, Times.nullIfEmpty(user.nameKana()))
                    .set(ACCOUNT.DEPARTMENT, Times.nullIfEmpty(user.department()))
                    .set(ACCOUNT.PHONE_AREA, user.phone().area())
                    .set(ACCOUNT.PHONE_NUMBER, user.phone().number())
                    .set(ACCOUNT.FAX_AREA, user.fax().map(PhoneNumber::area).orElse(null))
                    .set(ACCOUNT.FAX_NUMBER, user.fax().map(PhoneNumber::number).orElse(null))
                    .set(ACCOUNT.CREATED_AT, Times.utc(account.createdAt()))
                    .returningResult(ACCOUNT.ID)
                    .fetchOne(ACCOUNT.ID);
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new LoginIdTaken(account.loginId());
            }
            throw e;
        }
    }

    @Override
    public Optional<Credentials> find(String loginId) {
        return database.dsl().select(ACCOUNT.ID, ACCOUNT.LOGIN_ID, ACCOUNT.PASSWORD_HASH)
                .from(ACCOUNT)
                .where(ACCOUNT.LOGIN_ID_FOLDED.eq(LoginId.folded(loginId)))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public long count() {
        return database.dsl().fetchCount(ACCOUNT);
    }
}
