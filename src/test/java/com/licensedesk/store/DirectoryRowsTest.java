package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.domain.SearchText;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.session.Acting;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.TestDesk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 顧客一覧's row is read from the customer's index row alone, so the licence count and the soonest expiry kept
 * there must follow every change: a key added, and a registered key's expiry changed by a catalogue import, whether
 * the import upserts it as it comes, gathers it for the end (SQLite, past the threshold) or a kiosk's reply brings it.
 */
class DirectoryRowsTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private long tanaka;
    private LocalDate today;
    private JooqCatalogRepository catalog;

    @BeforeEach
    void open() {
        tanaka = desk.registeredCustomer();
        for (String key : List.of(DemoCatalog.TRIAL_CODE, DemoCatalog.EXPIRED_KEY)) {
            desk.services().addKey.add(Acting.self(tanaka, "Tanaka_01"), Fixtures.key(key),
                    new AgreementAcceptance("2026-11", Fixtures.NOW));
        }
        today = LocalDate.ofInstant(desk.clock().instant(), java.time.ZoneOffset.UTC);
        catalog = new JooqCatalogRepository(desk.store().database, desk.clock(), 3);
    }

    private CustomerSummary row() {
        return desk.store().repositories.directory().find(tanaka, today).orElseThrow();
    }

    private LocalDate expiryOf(String key) {
        return catalog.find(Fixtures.key(key)).orElseThrow().expires();
    }

    @Test
    void theRowCountsEveryLicenceAndShowsTheSoonestExpiryNotPassed() {
        CustomerSummary row = row();
        assertThat(row.licenceCount()).isEqualTo(3);
        assertThat(expiryOf(DemoCatalog.EXPIRED_KEY)).isBefore(today);
        assertThat(row.nextExpiry()).as("the trial's, the expired key's aside")
                .contains(expiryOf(DemoCatalog.TRIAL_CODE));
        assertThat(row.companyName()).isEqualTo("サンプル株式会社");
        assertThat(row.phone()).isEqualTo("03-53949600");
    }

    @Test
    void anImportThatChangesARegisteredKeysExpiryShowsItInTheRow() {
        LocalDate sooner = today.plusDays(5);
        List<CatalogEntry> keys = newKeys(6);
        keys.add(expiring(DemoCatalog.TRIAL_CODE, sooner));
        // Seven keys in batches of three: the trial's comes after the threshold, gathered and written at the end.
        assertThat(importInBatches(keys)).isEqualTo(7);
        assertThat(row().nextExpiry()).contains(sooner);

        assertThat(importInBatches(List.of(expiring(DemoCatalog.TRIAL_CODE, sooner.plusDays(1)))))
                .as("one batch, upserted as it comes").isEqualTo(1);
        assertThat(row().nextExpiry()).contains(sooner.plusDays(1));

        catalog.upsert(List.of(expiring(DemoCatalog.EXPIRED_KEY, today.plusDays(2))));
        assertThat(row().nextExpiry()).as("a kiosk's reply brings a renewal").contains(today.plusDays(2));

        catalog.upsert(List.of(expiring(DemoCatalog.EXPIRED_KEY, today.plusYears(1))));
        assertThat(row().nextExpiry()).as("renewed past the trial").contains(sooner.plusDays(1));
        assertThat(row().licenceCount()).isEqualTo(3);
    }

    @Test
    void aChangeWrittenAtATimeWithMoreDigitsThanTheDatabaseKeepsStillShows() {
        // PostgreSQL keeps milliseconds: the time the import compares must be the one it stored.
        desk.clock().advance(java.time.Duration.ofNanos(123_456_789));
        catalog.upsert(List.of(expiring(DemoCatalog.TRIAL_CODE, today.plusDays(3))));
        assertThat(row().nextExpiry()).contains(today.plusDays(3));
    }

    @Test
    void aKiosksReplyOfFiftyThousandKeysWithARenewalAmongThemShowsIt() {
        // A reply carries up to 100,000 keys: more than one statement may bind.
        List<CatalogEntry> keys = newKeys(50_000);
        keys.add(25_000, expiring(DemoCatalog.TRIAL_CODE, today.plusDays(4)));
        catalog.upsert(keys);
        assertThat(row().nextExpiry()).contains(today.plusDays(4));
    }

    @Test
    void anImportThatLeavesTheRegisteredKeysAloneLeavesTheRowAlone() {
        CustomerSummary before = row();
        List<CatalogEntry> keys = newKeys(6);
        keys.add(catalog.find(Fixtures.key(DemoCatalog.TRIAL_CODE)).orElseThrow());
        assertThat(importInBatches(keys)).as("the trial's key unchanged").isEqualTo(6);
        assertThat(row()).isEqualTo(before);
    }

    @Test
    void theSameCompanyIsFoundByItsNamePostalCodePhoneOrMailDomainWithItsRow() {
        var directory = desk.store().repositories.directory();
        String name = SearchText.fold("サンプル株式会社");
        assertThat(directory.sameCompany(name, "100-0001", "", Optional.empty(), today))
                .containsExactly(row());
        assertThat(directory.sameCompany(name, "530-0001", "", Optional.empty(), today))
                .as("another postal code").isEmpty();
        assertThat(directory.sameCompany("", "", "0353949600", Optional.empty(), today))
                .containsExactly(row());
        assertThat(directory.sameCompany("", "", "", Optional.of("example.co.jp"), today))
                .containsExactly(row());
    }

    @Test
    void aRowThatADeskOfTheVersionBeforeWroteIsMadeAgainWhenTheDatabaseNextOpens() {
        // Such a desk, still running on a shared database, writes the columns it knows and leaves the rest.
        desk.store().execute("delete from customer_index");
        desk.store().execute("insert into customer_index (account_id, search_text, name_text, sort_key) values ("
                + tanaka + ", 'tanaka01', 'サンプル', 'サンプル')");
        assertThat(desk.store().repositories.directory().find(tanaka, today)).as("not listed half made").isEmpty();

        desk.reopen();
        assertThat(row().companyName()).isEqualTo("サンプル株式会社");
        assertThat(row().licenceCount()).isEqualTo(3);
    }

    private List<CatalogEntry> newKeys(int count) {
        GeneratedCustomers generated = new GeneratedCustomers(3, today);
        List<CatalogEntry> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(generated.entry(i, 0));
        }
        return keys;
    }

    private CatalogEntry expiring(String key, LocalDate expires) {
        CatalogEntry entry = catalog.find(Fixtures.key(key)).orElseThrow();
        return new CatalogEntry(entry.key(), entry.product(), entry.packageName(), entry.seats(), expires,
                entry.licenseType(), entry.consoleUrl());
    }

    /** The keys in batches of three, as the importer hands them, in one transaction. */
    private long importInBatches(List<CatalogEntry> keys) {
        return desk.store().database.inTransaction(() -> {
            try (CatalogRepository.ImportWriter writer = catalog.importWriter()) {
                for (int from = 0; from < keys.size(); from += 3) {
                    writer.add(keys.subList(from, Math.min(keys.size(), from + 3)));
                }
                return writer.finish();
            }
        });
    }
}
