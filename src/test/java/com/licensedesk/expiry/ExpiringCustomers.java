package com.licensedesk.expiry;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.TestDesk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Customers whose licences end on the days a test chooses. */
final class ExpiringCustomers {
    private final TestDesk desk;
    private int next;

    ExpiringCustomers(TestDesk desk) {
        this.desk = desk;
    }

    /** A new customer with one licence per expiry, of {@code product}; returns its account ID. */
    long customer(String product, Locale language, LocalDate... expiries) {
        int i = next++;
        List<CatalogEntry> entries = new ArrayList<>();
        for (int n = 0; n < expiries.length; n++) {
            entries.add(new CatalogEntry(ProductKey.parse(GeneratedCustomers.key(i, n)).orElseThrow(), product,
                    Optional.empty(), 5 + n, expiries[n], LicenseType.FULL, Optional.empty()));
        }
        desk.store().catalog.save(entries);
        RegistrationRequest first = language.equals(Locale.ENGLISH)
                ? Fixtures.englishRegistration(entries.get(0).key().value(), "expiry" + i)
                : Fixtures.registration(entries.get(0).key().value(), "expiry" + i);
        long account = desk.register(first);
        for (CatalogEntry entry : entries.subList(1, entries.size())) {
            desk.store().licences.add(account, entry.key(), new AgreementAcceptance("2026-11", Fixtures.NOW),
                    Fixtures.NOW);
        }
        return account;
    }

    long customer(LocalDate... expiries) {
        return customer("Hoshizora Endpoint Guard", Locale.JAPANESE, expiries);
    }
}
