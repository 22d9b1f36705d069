package com.licensedesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.domain.SearchText;
import com.licensedesk.session.Acting;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 顧客一覧's search on a real store: each kind of term finds the customer, typed any way. */
class DirectoryStoreTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private Directory directory;
    private long tanaka;
    private long suzuki;

    @BeforeEach
    void open() {
        tanaka = desk.registeredCustomer();
        var other = Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "suzuki.hanako");
        other = new com.licensedesk.registration.RegistrationRequest(other.key(), other.agreement(), other.loginId(),
                other.password(), new CompanyProfile("株式会社ホシゾラ商事", "ホシゾラショウジ", "大阪支店", "オオサカシテン",
                "530-0001", "大阪府", "大阪市北区梅田1-1", ""), Fixtures.user("hanako@hoshizora.example"),
                other.purchaseSource(), other.emergencyEmail(), other.differentSupportContact(), other.language());
        suzuki = desk.register(other);
        directory = desk.store().repositories.directory();
    }

    private List<Long> found(String typed) {
        return directory.search(SearchText.terms(typed), 50, TODAY, stop -> { }).stream().map(CustomerSummary::accountId)
                .toList();
    }

    @Test
    void eachKindOfTermFindsTheCustomer() {
        assertThat(found("ほしぞら")).containsExactly(suzuki);
        assertThat(found("ﾎｼｿﾞﾗ")).containsExactly(suzuki);
        assertThat(found("(株)ホシゾラ商事")).containsExactly(suzuki);
        assertThat(found("おおさか")).containsExactly(suzuki);
        assertThat(found("hanako@HOSHIZORA.example")).containsExactly(suzuki);
        assertThat(found("SUZUKI.HANAKO")).containsExactly(suzuki);
        assertThat(found("ld7kq2 m9xp")).containsExactly(suzuki);
        assertThat(found("LD-2F8H-KQ7MX")).containsExactly(tanaka);
        assertThat(found("03-5394-9600")).containsExactly(tanaka, suzuki);
        assertThat(found("サンプル 東京")).as("every term must match").isEmpty();
        assertThat(found("")).as("no terms: the newest first").containsExactly(suzuki, tanaka);
    }

    @Test
    void everyKeyOfACustomerAndTheEmergencyAddressAreFound() {
        desk.services().addKey.add(Acting.self(tanaka, "Tanaka_01"), Fixtures.key(DemoCatalog.TRIAL_CODE),
                new com.licensedesk.licences.AgreementAcceptance("2026-11", Fixtures.NOW));
        desk.services().addKey.add(Acting.self(tanaka, "Tanaka_01"), Fixtures.key(DemoCatalog.EXPIRED_KEY),
                new com.licensedesk.licences.AgreementAcceptance("2026-11", Fixtures.NOW));
        assertThat(found("LD-2F8H-KQ7MX")).containsExactly(tanaka);
        assertThat(found(DemoCatalog.TRIAL_CODE)).containsExactly(tanaka);
        assertThat(found(DemoCatalog.EXPIRED_KEY)).containsExactly(tanaka);
        assertThat(found("LD-2F8H LD-4TRL LD-9MWD")).as("all three keys in one row").containsExactly(tanaka);
        assertThat(found("emergency@example.co.jp")).containsExactly(tanaka, suzuki);
        assertThat(directory.find(tanaka, TODAY).orElseThrow().licenceCount()).isEqualTo(3);
    }

    @Test
    void customersFromBeforeTheDirectoryAreIndexedWhenTheDatabaseOpens() {
        desk.store().execute("delete from customer_index");
        assertThat(found("ほしぞら")).isEmpty();
        desk.reopen();
        directory = desk.store().repositories.directory();
        assertThat(found("ほしぞら")).containsExactly(suzuki);
        assertThat(found("03-5394-9600")).as("listed by the reading, company forms aside").containsExactly(tanaka, suzuki);
    }

    @Test
    void theRowShowsTheCompanyItsReadingProductsAndNextExpiry() {
        CustomerSummary row = directory.find(tanaka, TODAY).orElseThrow();
        assertThat(row.companyName()).isEqualTo("サンプル株式会社");
        assertThat(row.loginId()).isEqualTo("Tanaka_01");
        assertThat(row.phone()).isEqualTo("03-53949600");
        assertThat(row.licenceCount()).isEqualTo(1);
        assertThat(row.nextExpiry()).isPresent();
    }

    @Test
    void aChangedCompanyIsFoundByItsNewNameAtOnce() {
        CompanyProfile before = desk.store().companies.details(tanaka).contractor();
        desk.services().companyInfo.saveContractor(Acting.self(tanaka, "Tanaka_01"),
                new CompanyProfile("ツバサ工業", "ツバサコウギョウ", "", "", before.postalCode(), before.prefecture(),
                        before.address1(), ""), 0);
        assertThat(found("つばさ")).containsExactly(tanaka);
        assertThat(directory.all(TODAY)).hasSize(2);
    }
}
