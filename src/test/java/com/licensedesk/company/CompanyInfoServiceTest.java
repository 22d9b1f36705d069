package com.licensedesk.company;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.session.Acting;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.testing.TestDesk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saving each tab on a real store: what the audit record says, and what is written when nothing changed. */
class CompanyInfoServiceTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private CompanyInfoService service;
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        service = desk.services().companyInfo;
    }

    @Test
    void theContractorTabRecordsEachChangedFieldWithOldAndNewValue() {
        CompanyProfile before = desk.store().companies.details(accountId).contractor();
        CompanyProfile after = new CompanyProfile("新サンプル株式会社", before.companyNameKana(), "大阪支社",
                before.branchNameKana(), before.postalCode(), before.prefecture(), before.address1(),
                before.address2());

        FieldChanges changes = service.saveContractor(Acting.self(accountId, "Tanaka_01"), after, 0);

        assertThat(changes.list()).extracting(FieldChanges.Change::field).containsExactly("contractor.companyName", "contractor.branchName");
        assertThat(desk.store().companies.details(accountId).contractor()).isEqualTo(after);
        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(e -> e.action().equals(AuditAction.CONTRACTOR_CHANGED))
                .singleElement().extracting(AuditEntry::detail)
                .isEqualTo("contractor.companyName: \"サンプル株式会社\" -> \"新サンプル株式会社\"; contractor.branchName: \"\" -> \"大阪支社\"");
        assertThat(desk.store().outbox.unsent()).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("tanaka@example.co.jp");
            assertThat(mail.body()).contains("・会社名").contains("・支社/事業所名");
        });
        assertThat(desk.store().companies.details(accountId).supportContact().company().companyName())
                .as("the support contact is another tab's").isEqualTo("サンプル株式会社");
    }

    @Test
    void aSaveMadeFromAnOlderVersionIsRefusedAndNothingIsOverwrittenNorMailedNorAudited() {
        CompanyDetails seenByBoth = desk.store().companies.details(accountId);
        CompanyProfile stored = seenByBoth.contractor();
        CompanyProfile osaka = new CompanyProfile(stored.companyName(), stored.companyNameKana(), "大阪支店",
                stored.branchNameKana(), stored.postalCode(), stored.prefecture(), stored.address1(), stored.address2());
        CompanyProfile address = new CompanyProfile(stored.companyName(), stored.companyNameKana(),
                stored.branchName(), stored.branchNameKana(), stored.postalCode(), stored.prefecture(),
                stored.address1(), "本社ビル5階");
        int version = seenByBoth.versions().contractor();
        service.saveContractor(Acting.self(accountId, "Tanaka_01"), osaka, version);
        int audited = desk.store().rows("audit_log");
        int mails = desk.store().outbox.unsent().size();

        assertThatThrownBy(() -> service.saveContractor(Acting.self(accountId, "Tanaka_01"), address, version))
                .isInstanceOfSatisfying(com.licensedesk.change.ChangedElsewhere.class, refused ->
                        assertThat(refused.current(CompanyDetails.class).contractor().branchName())
                                .isEqualTo("大阪支店"));

        assertThat(desk.store().companies.details(accountId).contractor()).as("the first desk's change stands")
                .isEqualTo(osaka);
        assertThat(desk.store().rows("audit_log")).isEqualTo(audited);
        assertThat(desk.store().outbox.unsent()).hasSize(mails);
        assertThat(desk.store().companies.details(accountId).versions().contractor()).isEqualTo(version + 1);
    }

    @Test
    void aSaveThatChangesNothingWritesNothing() {
        CompanyDetails stored = desk.store().companies.details(accountId);
        int auditRows = desk.store().rows("audit_log");

        FieldChanges contractor = service.saveContractor(Acting.self(accountId, "Tanaka_01"), stored.contractor(),
                stored.versions().contractor());
        FieldChanges support = service.saveSupportContact(Acting.self(accountId, "Tanaka_01"), stored.supportContact(),
                stored.emergencyEmail(), stored.versions().supportContact());

        assertThat(contractor.isEmpty()).isTrue();
        assertThat(support.isEmpty()).isTrue();
        assertThat(desk.store().rows("audit_log")).isEqualTo(auditRows);
        assertThat(desk.store().outbox.unsent()).hasSize(1);
    }

    @Test
    void aChangedSupportAddressMailsTheNewAddressAndNoticesTheOld() {
        CompanyDetails stored = desk.store().companies.details(accountId);
        ContactPerson person = stored.supportContact().person();
        ContactPerson moved = new ContactPerson(person.name(), person.nameKana(), person.department(),
                person.phone(), person.fax(), "support@example.co.jp");

        service.saveSupportContact(Acting.self(accountId, "Tanaka_01"), new SupportContact(stored.supportContact().company(), moved),
                "urgent@example.co.jp", stored.versions().supportContact());

        assertThat(desk.store().outbox.unsent()).extracting(mail -> mail.recipient())
                .containsExactly("tanaka@example.co.jp", "support@example.co.jp", "tanaka@example.co.jp");
        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(e -> e.action().equals(AuditAction.SUPPORT_CONTACT_CHANGED))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("supportContact.email: \"tanaka@example.co.jp\" -> \"support@example.co.jp\"")
                .contains("emergencyEmail: \"emergency@example.co.jp\" -> \"urgent@example.co.jp\"");
        assertThat(desk.store().companies.details(accountId).emergencyEmail()).isEqualTo("urgent@example.co.jp");
        assertThat(List.of(desk.store().companies.supportContactEmail(accountId)))
                .containsExactly("support@example.co.jp");
    }
}
