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
import org.jooq.Record;

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
    public ImportCounts save(List<CatalogEntry> entries) {
        return database.inTransaction(() -> {
            List<String> keys = entries.stream().map(e -> e.key().value()).toList();
            Map<String, CatalogEntry> stored = database.dsl().selectFrom(CATALOG_KEY)
                    .where(CATALOG_KEY.PRODUCT_KEY.in(keys)).fetch().stream()
                    .map(JooqCatalogRepository::toEntry)
                    .collect(Collectors.toMap(e -> e.key().value(), Function.identity()));
            Map<Boolean, List<CatalogKeyRecord>> newOrChanged = new HashMap<>();
            int unchanged = 0;
            for (CatalogEntry entry : entries) {
                CatalogEntry before = stored.get(entry.key().value());
                if (Objects.equals(before, entry)) {
                    unchanged++;
                    continue;
                }
                CatalogKeyRecord record = toRecord(entry);
                if (before != null) {
                    record.changed(CATALOG_KEY.PRODUCT_KEY, false);
                }
                newOrChanged.computeIfAbsent(before == null, isNew -> new java.util.ArrayList<>()).add(record);
            }
            List<CatalogKeyRecord> added = newOrChanged.getOrDefault(true, List.of());
            List<CatalogKeyRecord> updated = newOrChanged.getOrDefault(false, List.of());
            if (!added.isEmpty()) {
                database.dsl().batchInsert(added).execute();
            }
            if (!updated.isEmpty()) {
                database.dsl().batchUpdate(updated).execute();
            }
            return new ImportCounts(added.size(), updated.size(), unchanged);
        });
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
