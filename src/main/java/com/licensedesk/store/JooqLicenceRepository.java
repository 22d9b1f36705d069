package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.CATALOG_KEY;
import static com.licensedesk.store.schema.Tables.LICENCE;
import static com.licensedesk.store.schema.Tables.REGISTERED_ELSEWHERE;

import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.Licence;
import com.licensedesk.licences.LicenceRepository;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Record3;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

public final class JooqLicenceRepository implements LicenceRepository {
    private final Database database;

    public JooqLicenceRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Long> ownerOf(ProductKey key) {
        return database.dsl().select(LICENCE.ACCOUNT_ID).from(LICENCE)
                .where(LICENCE.PRODUCT_KEY.eq(key.value())).fetchOptional(LICENCE.ACCOUNT_ID);
    }

    @Override
    public long add(long accountId, ProductKey key, AgreementAcceptance agreement, Instant registeredAt) {
        try {
            long id = database.dsl().insertInto(LICENCE)
                    .set(LICENCE.ACCOUNT_ID, accountId)
                    .set(LICENCE.PRODUCT_KEY, key.value())
                    .set(LICENCE.EULA_VERSION, agreement.version())
                    .set(LICENCE.EULA_ACCEPTED_AT, Times.utc(agreement.acceptedAt()))
                    .set(LICENCE.REGISTERED_AT, Times.utc(registeredAt))
                    .returningResult(LICENCE.ID)
                    .fetchOne(LICENCE.ID);
            CustomerIndex.refresh(database, accountId);
            return id;
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new KeyAlreadyRegistered(key);
            }
            throw e;
        }
    }

    @Override
    public Stamp stampFor(long accountId) {
        Record3<Integer, Long, LocalDateTime> row = database.dsl()
                .select(DSL.count(), DSL.max(LICENCE.ID), DSL.max(CATALOG_KEY.IMPORTED_AT))
                .from(LICENCE).join(CATALOG_KEY).on(CATALOG_KEY.PRODUCT_KEY.eq(LICENCE.PRODUCT_KEY))
                .where(LICENCE.ACCOUNT_ID.eq(accountId))
                .fetchSingle();
        return new Stamp(row.value1(), row.value2() == null ? 0 : row.value2(),
                row.value3() == null ? Instant.EPOCH : Times.instant(row.value3()));
    }

    @Override
    public List<Licence> forAccount(long accountId) {
        return database.dsl().select(LICENCE.ID, LICENCE.REGISTERED_AT).select(CATALOG_KEY.fields())
                .from(LICENCE).join(CATALOG_KEY).on(CATALOG_KEY.PRODUCT_KEY.eq(LICENCE.PRODUCT_KEY))
                .where(LICENCE.ACCOUNT_ID.eq(accountId))
                .orderBy(LICENCE.REGISTERED_AT, LICENCE.ID)
                .fetch(row -> new Licence(row.get(LICENCE.ID), JooqCatalogRepository.toEntry(row),
                        Times.instant(row.get(LICENCE.REGISTERED_AT))));
    }

    @Override
    public List<RegisteredKey> keysAfter(long afterId, int limit) {
        return database.dsl().select(LICENCE.ID, LICENCE.PRODUCT_KEY).from(LICENCE).where(LICENCE.ID.gt(afterId))
                .orderBy(LICENCE.ID).limit(limit).fetch(r -> new RegisteredKey(r.value1(), r.value2()));
    }

    @Override
    public boolean registeredElsewhere(ProductKey key) {
        return database.dsl().fetchExists(REGISTERED_ELSEWHERE, REGISTERED_ELSEWHERE.PRODUCT_KEY.eq(key.value()));
    }

    @Override
    public void noteRegisteredElsewhere(Collection<ProductKey> keys, Instant notedAt) {
        LocalDateTime at = Times.utc(notedAt);
        database.inTransaction(() -> keys.forEach(key -> database.dsl().insertInto(REGISTERED_ELSEWHERE)
                .set(REGISTERED_ELSEWHERE.PRODUCT_KEY, key.value())
                .set(REGISTERED_ELSEWHERE.NOTED_AT, at)
                .onConflictDoNothing()
                .execute()));
    }
}
