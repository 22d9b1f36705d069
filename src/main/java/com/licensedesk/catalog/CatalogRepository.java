package com.licensedesk.catalog;

import java.time.Instant;
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
     * Up to {@code limit} keys imported or changed after {@code after} (every key from the start without it), in the
     * order of their import time and key: a kiosk's replies carry the catalogue page by page. The mark is the last
     * key sent rather than the time of the reply, so an import that committed after a reply was read still reaches
     * the kiosk.
     */
    List<Imported> importedAfter(Optional<ImportMark> after, int limit);

    /** A key as imported, with its place in the import order. */
    record Imported(CatalogEntry entry, ImportMark mark) {
    }

    /**
     * A place in the catalogue's import order: everything up to this key, imported at this time, is behind it. The
     * time is the stored one as the database writes it out, compared again as text, because a time read back as a
     * date-time loses digits on SQLite and a mark that is not exact would find its own key again.
     */
    record ImportMark(String importedAt, String productKey) {
    }

    /**
     * Where an import of many keys writes, inside the caller's transaction: the keys handed in batches (the keys of
     * one import differ), written at the latest by {@link ImportWriter#finish()}. By default each batch is upserted
     * as it comes.
     */
    default ImportWriter importWriter() {
        return new ImportWriter() {
            private long written;

            @Override
            public void add(List<CatalogEntry> entries) {
                written += upsert(entries);
            }

            @Override
            public long finish() {
                return written;
            }

            @Override
            public void close() {
            }
        };
    }

    /** An import's keys on their way into the catalogue; closed whether or not it finished. */
    interface ImportWriter extends AutoCloseable {
        void add(List<CatalogEntry> entries);

        /** Writes whatever was handed in and not written yet; returns how many keys were added or changed in all. */
        long finish();

        @Override
        void close();
    }

    /** How many rows an import added, changed and found already there. */
    record ImportCounts(int added, int updated, int unchanged) {
        public ImportCounts plus(ImportCounts other) {
            return new ImportCounts(added + other.added, updated + other.updated, unchanged + other.unchanged);
        }
    }
}
