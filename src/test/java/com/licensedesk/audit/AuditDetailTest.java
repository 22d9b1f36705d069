package com.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.domain.FieldChanges;
import org.junit.jupiter.api.Test;

/** The stored details read back into their parts, as they were written, old entries too. */
class AuditDetailTest {

    @Test
    void namedValuesAreReadInTheirOrder() {
        assertThat(AuditDetail.read("operator=admin1; role=CLERK").parts()).containsExactly(
                new AuditDetail.Named("operator", "admin1"), new AuditDetail.Named("role", "CLERK"));
        assertThat(AuditDetail.read("key=LD-AAAA-BBBB; product=Kasumi Cloud; agreement=2026-11; batch=3").parts())
                .extracting(part -> ((AuditDetail.Named) part).name())
                .containsExactly("key", "product", "agreement", "batch");
    }

    @Test
    void aSavesChangedFieldsAreReadAsWrittenEvenWithQuotesAndSemicolonsInThem() {
        String stored = new FieldChanges().include("contractor", new FieldChanges()
                        .compare("companyName", "東京商事", "東京商事; \"本店\"")
                        .compare("branchName", "", "横浜支店"))
                .compare("emergencyEmail", "a@example.co.jp", "b@example.co.jp").auditDetail();

        assertThat(AuditDetail.read(stored).parts()).containsExactly(
                new AuditDetail.Changed("contractor.companyName", "東京商事", "東京商事; \"本店\""),
                new AuditDetail.Changed("contractor.branchName", "", "横浜支店"),
                new AuditDetail.Changed("emergencyEmail", "a@example.co.jp", "b@example.co.jp"));
    }

    @Test
    void phrasesAndTheRestAreKeptAsWritten() {
        assertThat(AuditDetail.read("wrong password").parts()).containsExactly(new AuditDetail.Said("wrong password"));
        assertThat(AuditDetail.read("temporary password: change next").parts())
                .containsExactly(new AuditDetail.Said("temporary password: change next"));
        assertThat(AuditDetail.read("valid until 2026-11-25T01:00:00Z").parts())
                .containsExactly(new AuditDetail.Named("validUntil", "2026-11-25T01:00:00Z"));
        assertThat(AuditDetail.read("").parts()).isEmpty();
        assertThat(AuditDetail.read(null).parts()).isEmpty();
    }

    @Test
    void aRestoreSeparatedItsPartsWithASpaceAndATypedReasonMayHoldASemicolon() {
        assertThat(AuditDetail.read("file=/backups/desk 1.db schema=19").parts()).containsExactly(
                new AuditDetail.Named("file", "/backups/desk 1.db"), new AuditDetail.Named("schema", "19"));
        assertThat(AuditDetail.read("kiosk=店頭1; reason=紛失; 警察に届出済み").parts()).containsExactly(
                new AuditDetail.Named("kiosk", "店頭1"), new AuditDetail.Named("reason", "紛失; 警察に届出済み"));
    }
}
