package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's writer with its threshold at three keys, so that a few keys take both ways: the first upserted as they
 * come, the rest gathered and written in key order at the end (on SQLite; PostgreSQL upserts them all as they come).
 * Either way the same keys are stored, the same counts come back, and an import that does not finish leaves nothing.
 */
class CatalogImportWriterTest {
    @TempDir Path folder;
    private TestStore store;
    private JooqCatalogRepository catalog;
    private final GeneratedCustomers generated = new GeneratedCustomers(7, LocalDate.of(2026, 12, 1));

    @BeforeEach
    void open() {
        store = new TestStore(folder);
        catalog = new JooqCatalogRepository(store.database, Fixtures.CLOCK, 3);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keysPastTheThresholdAreStoredAtTheEndAndCountedOnce() {
        List<CatalogEntry> keys = keys(0, 9);
        assertThat(importInBatches(keys)).as("added or changed").isEqualTo(9);
        assertThat(catalog.count()).isEqualTo(9);
        for (CatalogEntry key : keys) {
            assertThat(catalog.find(key.key())).contains(key);
        }

        assertThat(importInBatches(keys)).as("the same keys again").isZero();

        List<CatalogEntry> again = new ArrayList<>(keys);
        CatalogEntry last = keys.get(8);
        again.set(8, new CatalogEntry(last.key(), "Renamed Product", Optional.empty(), last.seats() + 1,
                last.expires().plusYears(1), last.licenseType(), last.consoleUrl()));
        again.addAll(keys(9, 11));
        assertThat(importInBatches(again)).as("one changed (gathered), two new").isEqualTo(3);
        assertThat(catalog.count()).isEqualTo(11);
        assertThat(catalog.find(last.key())).contains(again.get(8));
    }

    @Test
    void anImportThatDoesNotFinishLeavesNothingAndTheNextOneWorks() {
        assertThatThrownBy(() -> store.database.inTransaction(() -> {
            try (CatalogRepository.ImportWriter writer = catalog.importWriter()) {
                writer.add(keys(0, 3));
                writer.add(keys(3, 6));
                throw new IllegalStateException("cancelled");
            }
        })).hasMessage("cancelled");
        assertThat(catalog.count()).isZero();

        assertThat(importInBatches(keys(0, 7))).isEqualTo(7);
        assertThat(catalog.count()).isEqualTo(7);
    }

    /** The keys in batches of three, as the importer hands them, in one transaction. */
    private long importInBatches(List<CatalogEntry> keys) {
        return store.database.inTransaction(() -> {
            try (CatalogRepository.ImportWriter writer = catalog.importWriter()) {
                for (int from = 0; from < keys.size(); from += 3) {
                    writer.add(keys.subList(from, Math.min(keys.size(), from + 3)));
                }
                return writer.finish();
            }
        });
    }

    private List<CatalogEntry> keys(int from, int to) {
        List<CatalogEntry> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            keys.add(generated.entry(i, 0));
        }
        // Not in key order: the gathered ones must come out right however they came in.
        Collections.reverse(keys);
        return keys;
    }
}
