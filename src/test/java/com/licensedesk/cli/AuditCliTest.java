package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit prune}: the audit log pruned by an admin, and the pruning recorded. */
class AuditCliTest {
    @TempDir Path home;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void theAuditLogIsPrunedBeforeADayAndThePruningIsRecorded() {
        try (TestStore store = cli.store().withDemoCatalogue()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        }

        assertThat(cli.run("audit", "prune", "--before", "24/11/2026")).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("YYYY-MM-DD");
        assertThat(cli.run("audit", "prune", "--before", "2026-11-25")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("2026-11-25より前の監査ログを1件削除しました");
        try (TestStore store = cli.store()) {
            assertThat(store.audit.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Set.of(), Optional.empty(), ""), 10)).extracting(record -> record.entry().action())
                    .containsExactly(AuditAction.AUDIT_PRUNED);
        }
    }
}
