package com.licensedesk.catalog;

import java.util.List;
import java.util.Optional;

/** The vendor's key catalogue as stored. */
public interface CatalogRepository {

    Optional<CatalogEntry> find(ProductKey key);

    /** Adds new keys and updates changed ones; a key stored exactly as given is left alone. */
    default ImportCounts save(List<CatalogEntry> entries) {
        long before = count();
        int written = upsert(entries);
        int added = (int) (count() - before);
        return new ImportCounts(added, written - added, entries.size() - written);
    }

    /**
     * As {@link #save}, returning only how many keys were added or changed (one statement, batched, for imports of
     * millions: the caller counts the table before and after, inside its transaction, to tell the two apart). The
     * keys of one call must differ.
     */
    int upsert(List<CatalogEntry> entries);

    /**
     * Adds the entries whose keys are not in the catalogue yet and leaves the others alone; returns how many were
     * added. One statement per key that two desks may run at once (the demo catalogue on first starts).
     */
    int addMissing(List<CatalogEntry> entries);

    long count();

    /**
     * Runs an import of many keys inside the caller's transaction, the store prepared for it (on SQLite a page cache
     * large enough for the key index, given back afterwards).
     */
    default <T> T importing(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** How many rows an import added, changed and found already there. */
    record ImportCounts(int added, int updated, int unchanged) {
        public ImportCounts plus(ImportCounts other) {
            return new ImportCounts(added + other.added, updated + other.updated, unchanged + other.unchanged);
        }
    }
}
