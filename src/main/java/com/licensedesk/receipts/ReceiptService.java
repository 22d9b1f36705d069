package com.licensedesk.receipts;

import com.licensedesk.auth.CredentialRepository;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.company.CompanyDetails;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.session.StaffMember;
import java.time.Clock;
import java.util.List;

/** Puts a receipt together from what is stored, for the keys just registered at the desk. */
public final class ReceiptService {
    private final CompanyRepository companies;
    private final CredentialRepository credentials;
    private final CatalogRepository catalog;
    private final String desk;
    private final Clock clock;

    public ReceiptService(CompanyRepository companies, CredentialRepository credentials, CatalogRepository catalog,
                          String desk, Clock clock) {
        this.companies = companies;
        this.credentials = credentials;
        this.catalog = catalog;
        this.desk = desk;
        this.clock = clock;
    }

    public Receipt receipt(long accountId, List<ProductKey> keys, StaffMember operator) {
        CompanyDetails details = companies.details(accountId);
        List<Receipt.Line> lines = keys.stream().map(key -> catalog.find(key).orElseThrow())
                .map(ReceiptService::line).toList();
        return new Receipt(details.contractor().companyName(), Receipt.mask(credentials.of(accountId).loginId()),
                lines, details.supportContact().person().name(), details.supportContact().person().email(), desk,
                operator.name(), clock.instant());
    }

    private static Receipt.Line line(CatalogEntry entry) {
        return new Receipt.Line(entry.product(), entry.key().value(), entry.seats(), entry.expires());
    }
}
