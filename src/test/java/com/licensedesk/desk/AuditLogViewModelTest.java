package com.licensedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 監査ログ lists each entry in words and opens the whole of it. */
class AuditLogViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    private AuditLogViewModel auditLog() {
        AuditLogViewModel audit = new AuditLogViewModel(desk.store().audit, desk.services().operators,
                Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE, Fixtures.CLOCK);
        audit.shown();
        return audit;
    }

    @Test
    void anActionAndItsDetailsAreListedInWordsNotAsStored() {
        desk.store().audit.record(new AuditEntry(Fixtures.NOW, Optional.empty(),
                Actor.operator("desk.admin", Role.ADMIN), AuditAction.OPERATOR_ADDED, "operator=admin1; role=CLERK"));

        AuditLogViewModel audit = auditLog();

        assertThat(audit.rows()).filteredOn(row -> row.action().equals("スタッフの追加")).singleElement()
                .satisfies(row -> {
                    assertThat(row.detail()).isEqualTo("スタッフ: admin1、役割: 担当者");
                    assertThat(row.actor()).isEqualTo("スタッフ desk.admin");
                });
    }

    @Test
    void aRowOpensTheWholeEntryWithBothClocksOfAKiosksEntry() {
        long accountId = desk.registeredCustomer();
        desk.store().audit.record(new AuditEntry(Fixtures.NOW, Optional.of(accountId),
                Actor.operator("clerk1", Role.CLERK), AuditAction.CONTRACTOR_CHANGED,
                "contractor.branchName: \"\" -> \"横浜支店\"; contractor.phone: \"03-1234-5678\" -> \"045-123-4567\"",
                Optional.of(new AuditEntry.Entered("店頭1", Fixtures.NOW.minus(Duration.ofHours(2))))));
        AuditLogViewModel audit = auditLog();
        AuditLogViewModel.Row row = audit.rows().stream().filter(r -> r.action().equals("ご契約者の変更"))
                .findFirst().orElseThrow();
        assertThat(row.desk()).isEqualTo("店頭1（キオスク）");

        audit.open(row);

        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.TEXT);
            assertThat(asked.title()).isEqualTo("監査ログの記録");
            assertThat(asked.detail()).contains(
                    "日時: 2026/11/24 10:00:00（日本時間）",
                    "入力したキオスク: 店頭1",
                    "キオスクで入力した日時（キオスクの時計）: 2026/11/24 08:00:00（日本時間）",
                    "本部で反映した日時（本部の時計）: 2026/11/24 10:00:00（日本時間）",
                    "操作した人: スタッフ clerk1（担当者）",
                    "操作: ご契約者の変更",
                    "・ご契約者・支社/事業所名: 「（空欄）」→「横浜支店」",
                    "・ご契約者・電話番号: 「03-1234-5678」→「045-123-4567」");
        });
    }
}
