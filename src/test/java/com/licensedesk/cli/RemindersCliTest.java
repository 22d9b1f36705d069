package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reminders send}, as a scheduled job runs it. */
class RemindersCliTest {
    @TempDir Path home;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void remindersAreListedInADryRunThenSentOnceForAScheduledJob() {
        try (TestStore store = cli.store().withDemoCatalogue()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.EXPIRING_SOON_KEY, "Tanaka_01"));
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "Sato_02"));
        }

        assertThat(cli.run("reminders", "send", "--dry-run")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("サンプル株式会社 <tanaka@example.co.jp>: 30日前のお知らせ、ライセンス1件 (**-****-****-****-7PCZ)")
                .contains("90日前のお知らせ").contains("送信予定: 2通（ライセンス2件）。--dry-run のため何も送信していません。");
        cli.out.reset();
        assertThat(cli.run("outbox", "list")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).doesNotContain("更新のご案内");

        cli.out.reset();
        assertThat(cli.run("reminders", "send")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("更新のお知らせを2通、送信メールに入れました（2社、ライセンス2件）。");
        cli.out.reset();
        assertThat(cli.run("reminders", "send")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("更新のお知らせを0通");
        cli.out.reset();
        cli.run("outbox", "list");
        assertThat(cli.stdout().split("更新のご案内", -1)).hasSize(3);
    }
}
