package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.CATALOG_KEY;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.KeyKind;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.store.schema.tables.records.CatalogKeyRecord;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.LocalDateTime;
import java.sql.PreparedStatement;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;

public final class JooqCatalogRepository implements CatalogRepository {
    private final Database database;
    private final Clock clock;

    public JooqCatalogRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<CatalogEntry> find(ProductKey key) {
        return database.dsl().selectFrom(CATALOG_KEY).where(CATALOG_KEY.PRODUCT_KEY.eq(key.value()))
                .fetchOptional().map(JooqCatalogRepository::toEntry);
    }

    @Override
    public int upsert(List<CatalogEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        String sql = database.dsl().render(upsertStatement(database.dsl()));
        boolean sqlite = database.isSqlite();
        LocalDateTime now = Times.utc(clock.instant());
        Object importedAt = sqlite ? Times.sqliteText(now) : now;
        return database.inTransaction(() -> database.dsl().connectionResult(connection -> {
            // jOOQ renders the statement; the keys are bound on one JDBC prepared statement and sent as one batch,
            // which costs a third of binding them through jOOQ. An unchanged key matches neither the insert nor
            // the update's WHERE and counts 0, so a re-import of the same file writes nothing.
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                for (CatalogEntry entry : entries) {
                    upsert.setString(1, entry.key().value());
                    upsert.setString(2, entry.key().kind().name());
                    upsert.setString(3, entry.product());
                    upsert.setString(4, entry.packageName().orElse(null));
                    upsert.setInt(5, entry.seats());
                    // SQLite keeps dates as text, as jOOQ writes them; PostgreSQL takes java.time as it is.
                    upsert.setObject(6, sqlite ? entry.expires().toString() : entry.expires());
                    upsert.setString(7, entry.licenseType().name());
                    upsert.setString(8, entry.consoleUrl().orElse(null));
                    upsert.setObject(9, importedAt);
                    upsert.addBatch();
                }
                int written = 0;
                for (int count : upsert.executeBatch()) {
                    written += count > 0 ? 1 : 0;
                }
                return written;
            }
        }));
    }

    private static Query upsertStatement(DSLContext dsl) {
        var k = CATALOG_KEY;
        return dsl.insertInto(k, k.PRODUCT_KEY, k.KEY_KIND, k.PRODUCT, k.PACKAGE_NAME, k.SEATS, k.EXPIRES,
                        k.LICENSE_TYPE, k.CONSOLE_URL, k.IMPORTED_AT)
                .values((String) null, null, null, null, null, null, null, null, null)
                .onConflict(k.PRODUCT_KEY)
                .doUpdate()
                .set(k.KEY_KIND, DSL.excluded(k.KEY_KIND))
                .set(k.PRODUCT, DSL.excluded(k.PRODUCT))
                .set(k.PACKAGE_NAME, DSL.excluded(k.PACKAGE_NAME))
                .set(k.SEATS, DSL.excluded(k.SEATS))
                .set(k.EXPIRES, DSL.excluded(k.EXPIRES))
                .set(k.LICENSE_TYPE, DSL.excluded(k.LICENSE_TYPE))
                .set(k.CONSOLE_URL, DSL.excluded(k.CONSOLE_URL))
                .set(k.IMPORTED_AT, DSL.excluded(k.IMPORTED_AT))
                .where(k.KEY_KIND.isDistinctFrom(DSL.excluded(k.KEY_KIND))
                        .or(k.PRODUCT.isDistinctFrom(DSL.excluded(k.PRODUCT)))
                        .or(k.PACKAGE_NAME.isDistinctFrom(DSL.excluded(k.PACKAGE_NAME)))
                        .or(k.SEATS.isDistinctFrom(DSL.excluded(k.SEATS)))
                        .or(k.EXPIRES.isDistinctFrom(DSL.excluded(k.EXPIRES)))
                        .or(k.LICENSE_TYPE.isDistinctFrom(DSL.excluded(k.LICENSE_TYPE)))
                        .or(k.CONSOLE_URL.isDistinctFrom(DSL.excluded(k.CONSOLE_URL))));
    }

    @Override
    public int addMissing(List<CatalogEntry> entries) {
        return database.inTransaction(() -> {
            int added = 0;
            for (CatalogEntry entry : entries) {
                added += database.dsl().insertInto(CATALOG_KEY).set(toRecord(entry)).onConflictDoNothing().execute();
            }
            return added;
        });
    }

    /** 64 MB of pages while importing, then SQLite's default of 2 MB again: the key index fits while it grows. */
    private static final int IMPORT_CACHE_KIB = 65_536;
    private static final int DEFAULT_CACHE_KIB = 2_000;

    @Override
    public <T> T importing(java.util.function.Supplier<T> work) {
        if (!database.isSqlite()) {
            return work.get();
        }
        return database.inTransaction(() -> {
            database.dsl().execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            try {
                return work.get();
            } finally {
                database.dsl().execute("PRAGMA cache_size = -" + DEFAULT_CACHE_KIB);
            }
        });
    }

    @Override
    public long count() {
        return database.dsl().fetchCount(CATALOG_KEY);
    }

    private CatalogKeyRecord toRecord(CatalogEntry entry) {
        CatalogKeyRecord record = database.dsl().newRecord(CATALOG_KEY);
        record.setProductKey(entry.key().value());
        record.setKeyKind(entry.key().kind().name());
        record.setProduct(entry.product());
        record.setPackageName(entry.packageName().orElse(null));
        record.setSeats(entry.seats());
        record.setExpires(entry.expires());
        record.setLicenseType(entry.licenseType().name());
        record.setConsoleUrl(entry.consoleUrl().orElse(null));
        record.setImportedAt(Times.utc(clock.instant()));
        return record;
    }

    static CatalogEntry toEntry(Record row) {
        ProductKey key = new ProductKey(row.get(CATALOG_KEY.PRODUCT_KEY), KeyKind.valueOf(row.get(CATALOG_KEY.KEY_KIND)));
        return new CatalogEntry(key, row.get(CATALOG_KEY.PRODUCT), Optional.ofNullable(row.get(CATALOG_KEY.PACKAGE_NAME)),
                row.get(CATALOG_KEY.SEATS), row.get(CATALOG_KEY.EXPIRES),
                LicenseType.valueOf(row.get(CATALOG_KEY.LICENSE_TYPE)),
                Optional.ofNullable(row.get(CATALOG_KEY.CONSOLE_URL)));
    }
}
