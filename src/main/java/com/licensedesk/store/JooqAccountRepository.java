package com.licensedesk.store;

import com.licensedesk.i18n.Languages;
import static com.licensedesk.store.schema.Tables.ACCOUNT;

import com.licensedesk.account.AccountRepository;
import com.licensedesk.account.NewAccount;
import com.licensedesk.auth.CredentialRepository;
import com.licensedesk.auth.Credentials;
import com.licensedesk.auth.LoginId;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.store.schema.tables.records.AccountRecord;
import com.licensedesk.domain.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

public final class JooqAccountRepository implements AccountRepository, CredentialRepository, Languages {
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
        AccountRecord record = database.dsl().newRecord(ACCOUNT);
        record.setLoginId(account.loginId());
        record.setLoginIdFolded(LoginId.folded(account.loginId()));
        record.setPasswordHash(account.passwordHash());
        record.setCreatedAt(Times.utc(account.createdAt()));
        record.setLanguage(account.language().getLanguage());
        fill(record, account.user());
        try {
            record.insert();
            CustomerIndex.refresh(database, record.getId());
            return record.getId();
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new LoginIdTaken(account.loginId());
            }
            throw e;
        }
    }

    @Override
    public ContactPerson user(long accountId) {
        AccountRecord r = database.dsl().fetchSingle(ACCOUNT, ACCOUNT.ID.eq(accountId));
        return new ContactPerson(r.getContactName(), Times.emptyIfNull(r.getContactNameKana()),
                Times.emptyIfNull(r.getDepartment()), new PhoneNumber(r.getPhoneArea(), r.getPhoneNumber()),
                JooqCompanyRepository.fax(r.getFaxArea(), r.getFaxNumber()), r.getEmail());
    }

    @Override
    public int userVersion(long accountId) {
        return database.dsl().select(ACCOUNT.USER_VERSION).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchSingle(ACCOUNT.USER_VERSION);
    }

    @Override
    public boolean updateUser(long accountId, ContactPerson user, int version) {
        AccountRecord record = database.dsl().fetchSingle(ACCOUNT, ACCOUNT.ID.eq(accountId));
        fill(record, user);
        record.setUserVersion(version + 1);
        // Conditional: of two desks saving from the same version, only one update changes the row.
        if (database.dsl().update(ACCOUNT).set(record)
                .where(ACCOUNT.ID.eq(accountId)).and(ACCOUNT.USER_VERSION.eq(version)).execute() != 1) {
            return false;
        }
        CustomerIndex.refresh(database, accountId);
        return true;
    }

    @Override
    public Locale languageOf(long accountId) {
        return Locale.forLanguageTag(database.dsl().select(ACCOUNT.LANGUAGE).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId)).fetchSingle(ACCOUNT.LANGUAGE));
    }

    @Override
    public long count() {
        return database.dsl().fetchCount(ACCOUNT);
    }

    @Override
    public Optional<Credentials> find(String loginId) {
        return database.dsl().selectFrom(ACCOUNT)
                .where(ACCOUNT.LOGIN_ID_FOLDED.eq(LoginId.folded(loginId)))
                .fetchOptional(JooqAccountRepository::credentials);
    }

    @Override
    public Credentials of(long accountId) {
        return credentials(database.dsl().fetchSingle(ACCOUNT, ACCOUNT.ID.eq(accountId)));
    }

    @Override
    public List<Credentials> findByEmail(String email) {
        return database.dsl().selectFrom(ACCOUNT)
                .where(DSL.lower(ACCOUNT.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .orderBy(ACCOUNT.ID)
                .fetch(JooqAccountRepository::credentials);
    }

    @Override
    public void changePassword(long accountId, String passwordHash, Instant changedAt) {
        database.dsl().update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, Times.utc(changedAt))
                .set(ACCOUNT.CREDENTIALS_VERSION, ACCOUNT.CREDENTIALS_VERSION.plus(1))
                .setNull(ACCOUNT.TEMPORARY_PASSWORD_UNTIL)
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    public void setTemporaryPassword(long accountId, String passwordHash, Instant until, Instant changedAt) {
        database.dsl().update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, Times.utc(changedAt))
                .set(ACCOUNT.CREDENTIALS_VERSION, ACCOUNT.CREDENTIALS_VERSION.plus(1))
                .set(ACCOUNT.TEMPORARY_PASSWORD_UNTIL, Times.utc(until))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    public int credentialsVersion(long accountId) {
        return database.dsl().select(ACCOUNT.CREDENTIALS_VERSION).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchSingle(ACCOUNT.CREDENTIALS_VERSION);
    }

    private static Credentials credentials(AccountRecord r) {
        return new Credentials(r.getId(), r.getLoginId(), r.getPasswordHash(), r.getEmail(),
                Locale.forLanguageTag(r.getLanguage()),
                Optional.ofNullable(Times.instant(r.getTemporaryPasswordUntil())));
    }

    private static void fill(AccountRecord record, ContactPerson user) {
        record.setEmail(user.email());
        record.setContactName(user.name());
        record.setContactNameKana(Times.nullIfEmpty(user.nameKana()));
        record.setDepartment(Times.nullIfEmpty(user.department()));
        record.setPhoneArea(user.phone().area());
        record.setPhoneNumber(user.phone().number());
        record.setFaxArea(user.fax().map(PhoneNumber::area).orElse(null));
        record.setFaxNumber(user.fax().map(PhoneNumber::number).orElse(null));
    }
}
