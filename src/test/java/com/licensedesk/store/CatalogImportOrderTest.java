package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue read page by page in its import order, as a kiosk's replies read it: every key once, keys of one
 * import (one time) told apart by the key, and a key changed later found again after the mark.
 */
class CatalogImportOrderTest {
    @TempDir Path folder;
    private TestStore store;
    private JooqCatalogRepository catalog;
    private final MovableClock clock = new MovableClock(Fixtures.NOW.plusNanos(123_456_000));
    private final GeneratedCustomers generated = new GeneratedCustomers(11, LocalDate.of(2026, 12, 1));

    @BeforeEach
    void open() {
        store = new TestStore(folder);
        catalog = new JooqCatalogRepository(store.database, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void pagesCarryEveryKeyOnceAndGoOnAfterTheirMark() {
        catalog.upsert(keys(0, 7));
        clock.advance(Duration.ofMinutes(1));
        catalog.upsert(keys(7, 10));

        List<String> read = readAll(Optional.empty(), 3);

        assertThat(read).hasSize(10).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys(0, 10).stream().map(k -> k.key().value()).toList());
        assertThat(read.subList(0, 7)).as("the first import first, in key order").isSorted();
    }

    @Test
    void aKeyChangedAfterTheMarkComesAgainAndNothingElse() {
        catalog.upsert(keys(0, 5));
        List<CatalogRepository.Imported> all = catalog.importedAfter(Optional.empty(), 100);
        CatalogRepository.ImportMark mark = all.get(all.size() - 1).mark();
        assertThat(catalog.importedAfter(Optional.of(mark), 100)).isEmpty();

        clock.advance(Duration.ofMillis(1_500));
        CatalogEntry changed = keys(0, 5).get(2);
        catalog.upsert(List.of(new CatalogEntry(changed.key(), "Renamed Product", changed.packageName(),
                changed.seats(), changed.expires(), changed.licenseType(), changed.consoleUrl())));

        assertThat(catalog.importedAfter(Optional.of(mark), 100)).singleElement()
                .satisfies(imported -> assertThat(imported.entry().product()).isEqualTo("Renamed Product"));
    }

    private List<String> readAll(Optional<CatalogRepository.ImportMark> from, int page) {
        List<String> read = new ArrayList<>();
        Optional<CatalogRepository.ImportMark> mark = from;
        for (int pages = 0; pages < 100; pages++) {
            List<CatalogRepository.Imported> next = catalog.importedAfter(mark, page);
            if (next.isEmpty()) {
                return read;
            }
            next.forEach(imported -> read.add(imported.entry().key().value()));
            mark = Optional.of(next.get(next.size() - 1).mark());
        }
        throw new AssertionError("the pages never ended: " + read);
    }

    private List<CatalogEntry> keys(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> generated.entry(i, 0)).toList();
    }
}
