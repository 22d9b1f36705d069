package com.licensedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo keys a new database starts with. */
class DemoCatalogTest {
    @Test
    void productAndPackageNamesReadTheSameOnEnglishAndJapaneseScreens() {
        for (CatalogEntry entry : DemoCatalog.entries(LocalDate.of(2026, 11, 24))) {
            assertThat(entry.product()).as(entry.key().value()).matches("[\\x20-\\x7E]+");
            entry.packageName().ifPresent(name -> assertThat(name).as(entry.key().value()).matches("[\\x20-\\x7E]+"));
        }
    }
}
