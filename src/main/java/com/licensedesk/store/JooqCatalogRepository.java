package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.CATALOG_KEY;
import static com.licensedesk.store.schema.Tables.LICENCE;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

public final class JooqCatalogRepository implements CatalogRepository {
    private final Database database;
    private final Clock clock;
    private final int stagedFrom;

    public JooqCatalogRepository(Database database, Clock clock) {
        this(database, clock, STAGED_FROM);
    }

    /** {@code stagedFrom}: the keys an import upserts as they come before it gathers the rest (tests: a few). */
    JooqCatalogRepository(Database database, Clock clock, int stagedFrom) {
        this.database = database;
        this.clock = clock;
        this.stagedFrom = stagedFrom;
    }

    @Override
    public Optional<CatalogEntry> find(ProductKey key) {
        return database.dsl().selectFrom(CATALOG_KEY).where(CATALOG_KEY.PRODUCT_KEY.eq(key.value()))
                .fetchOptional().map(JooqCatalogRepository::toEntry);
    }

    @Override
    public List<Imported> importedAfter(Optional<ImportMark> after, int limit) {
        // No index on the import order: each page scans the catalogue once with a sort bounded by the limit, which
        // costs a reply a second at a million keys, where an index would cost every catalogue import. The order and
        // the comparison are both on the time's text, so they agree with each other on either database.
        var k = CATALOG_KEY;
        Field<String> importedAt = k.IMPORTED_AT.cast(SQLDataType.VARCHAR(40));
        return database.dsl().select(k.fields()).select(importedAt.as("imported_at_text")).from(k)
                .where(after.map(mark -> DSL.row(importedAt, k.PRODUCT_KEY).gt(mark.importedAt(), mark.productKey()))
                        .orElse(DSL.trueCondition()))
                .orderBy(importedAt, k.PRODUCT_KEY)
                .limit(limit)
                .fetch(r -> {
                    CatalogEntry entry = toEntry(r.into(k));
                    return new Imported(entry, new ImportMark(r.get("imported_at_text", String.class),
                            entry.key().value()));
                });
    }

    @Override
    public int upsert(List<CatalogEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        String sql = database.dsl().render(upsertStatement(database.dsl()));
        boolean sqlite = database.isSqlite();
        // To the millisecond, as the column keeps it: the refresh below finds the keys written by this very value.
        LocalDateTime now = Times.utc(clock.instant()).truncatedTo(ChronoUnit.MILLIS);
        Object importedAt = sqlite ? Times.sqliteText(now) : now;
        return database.inTransaction(() -> {
            int written = database.dsl().connectionResult(connection -> {
                // jOOQ renders the statement; the keys are bound on one JDBC prepared statement and sent as one
                // batch, which costs a third of binding them through jOOQ. An unchanged key matches neither the
                // insert nor the update's WHERE and counts 0, so a re-import of the same file writes nothing.
                try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                    for (CatalogEntry entry : entries) {
                        bind(upsert, entry, sqlite);
                        upsert.setObject(9, importedAt);
                        upsert.addBatch();
                    }
                    int count = 0;
                    for (int result : upsert.executeBatch()) {
                        count += result > 0 ? 1 : 0;
                    }
                    return count;
                }
            });
            if (written > 0) {
                // A kiosk's reply carries up to 100,000 keys: a statement names a few hundred of them.
                List<String> keys = entries.stream().map(entry -> entry.key().value()).toList();
                for (int from = 0; from < keys.size(); from += KEYS_PER_REFRESH) {
                    CustomerIndex.refreshExpiries(database.dsl(), LICENCE.PRODUCT_KEY
                            .in(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_REFRESH)))
                            .and(writtenAt(importedAt)));
                }
            }
            return written;
        });
    }

    /** Under SQLite's 999 bound values of old, which jOOQ inlines past. */
    private static final int KEYS_PER_REFRESH = 900;

    /** The keys this import wrote: an unchanged key keeps the time it was written before. */
    private static Condition writtenAt(Object importedAt) {
        return DSL.condition("{0} = {1}", CATALOG_KEY.IMPORTED_AT, DSL.val(importedAt));
    }

    /** The entry's eight columns, the key's first, as parameters 1 to 8. */
    private static void bind(PreparedStatement statement, CatalogEntry entry, boolean sqlite) throws SQLException {
        statement.setString(1, entry.key().value());
        statement.setString(2, entry.key().kind().name());
        statement.setString(3, entry.product());
        statement.setString(4, entry.packageName().orElse(null));
        statement.setInt(5, entry.seats());
        // SQLite keeps dates as text, as jOOQ writes them; PostgreSQL takes java.time as it is.
        statement.setObject(6, sqlite ? entry.expires().toString() : entry.expires());
        statement.setString(7, entry.licenseType().name());
        statement.setString(8, entry.consoleUrl().orElse(null));
    }

    private static Query upsertStatement(DSLContext dsl) {
        var k = CATALOG_KEY;
        return updateChanged(dsl.insertInto(k, k.PRODUCT_KEY, k.KEY_KIND, k.PRODUCT, k.PACKAGE_NAME, k.SEATS, k.EXPIRES,
                        k.LICENSE_TYPE, k.CONSOLE_URL, k.IMPORTED_AT)
                .values((String) null, null, null, null, null, null, null, null, null));
    }

    /** A key already there is updated only where a column changed: an unchanged key counts 0. */
    private static Query updateChanged(InsertOnDuplicateStep<CatalogKeyRecord> insert) {
        var k = CATALOG_KEY;
        return insert.onConflict(k.PRODUCT_KEY)
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

    /**
     * 16 MB of pages while importing, then SQLite's default of 2 MB again. Keys written in order need few pages; the
     * sort before them takes as much memory again, and both count towards the import's 300 MB.
     */
    private static final int IMPORT_CACHE_KIB = 16_384;
    private static final int DEFAULT_CACHE_KIB = 2_000;

    /**
     * On SQLite, past its first hundred thousand keys an import gathers the rest in a temporary table as they come
     * and writes them into the catalogue at the end in one statement, in key order: each page of the key index is
     * then visited once, in turn, where keys in the file's order touch pages all over it, which past the cache's size
     * cost more per key the larger the catalogue (measured: 30 µs a key at ten million against 10 at one million;
     * see the README's Performance). Smaller files are upserted batch by batch, without the table's cost.
     * PostgreSQL takes the batches as they come.
     */
    @Override
    public ImportWriter importWriter() {
        return database.isSqlite() ? new StagedImport() : CatalogRepository.super.importWriter();
    }

    /** Keys upserted as they come before an import starts gathering them (they fit in the import's cache). */
    private static final int STAGED_FROM = 100_000;

    private final class StagedImport implements ImportWriter {
        private static final Table<?> STAGED = DSL.table(DSL.name("temp", "catalog_import"));
        private static final String COLUMNS = "product_key, key_kind, product, package_name, seats, expires, "
                + "license_type, console_url";
        private long handed;
        private long written;
        private boolean staging;

        StagedImport() {
            database.dsl().execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
        }

        @Override
        public void add(List<CatalogEntry> entries) {
            if (handed < stagedFrom) {
                handed += entries.size();
                written += upsert(entries);
                return;
            }
            if (!staging) {
                database.dsl().execute("DROP TABLE IF EXISTS temp.catalog_import");
                // The catalogue's own columns, so that the two cannot drift apart; no rows.
                database.dsl().execute("CREATE TEMP TABLE catalog_import AS SELECT " + COLUMNS
                        + " FROM catalog_key WHERE 0");
                staging = true;
            }
            database.dsl().connection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO temp.catalog_import ("
                        + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (CatalogEntry entry : entries) {
                        bind(insert, entry, true);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        }

        @Override
        public long finish() {
            if (!staging) {
                return written;
            }
            var k = CATALOG_KEY;
            String importedAt = Times.sqliteText(Times.utc(clock.instant()));
            var select = DSL.select(staged(k.PRODUCT_KEY), staged(k.KEY_KIND), staged(k.PRODUCT),
                            staged(k.PACKAGE_NAME), staged(k.SEATS), staged(k.EXPIRES), staged(k.LICENSE_TYPE),
                            staged(k.CONSOLE_URL), DSL.field("{0}", k.IMPORTED_AT.getDataType(),
                                    DSL.inline(importedAt)))
                    .from(STAGED)
                    // SQLite reads "ON CONFLICT" after a bare FROM as a join's ON: a WHERE keeps the two apart.
                    .where(DSL.trueCondition())
                    .orderBy(staged(k.PRODUCT_KEY));
            int gathered = updateChanged(database.dsl().insertInto(k, k.PRODUCT_KEY, k.KEY_KIND, k.PRODUCT,
                    k.PACKAGE_NAME, k.SEATS, k.EXPIRES, k.LICENSE_TYPE, k.CONSOLE_URL, k.IMPORTED_AT).select(select))
                    .execute();
            if (gathered > 0) {
                // One pass over the licences, for the registered keys among those just written.
                CustomerIndex.refreshExpiries(database.dsl(), writtenAt(importedAt));
            }
            written += gathered;
            database.dsl().execute("DROP TABLE temp.catalog_import");
            staging = false;
            return written;
        }

        private static <T> Field<T> staged(TableField<CatalogKeyRecord, T> column) {
            return DSL.field(DSL.name("catalog_import", column.getName()), column.getDataType());
        }

        @Override
        public void close() {
            if (staging) {
                database.dsl().execute("DROP TABLE IF EXISTS temp.catalog_import");
            }
            database.dsl().execute("PRAGMA cache_size = -" + DEFAULT_CACHE_KIB);
        }
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
