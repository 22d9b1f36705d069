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

/** {@code outbox list} and {@code outbox send}. */
class OutboxCliTest {
    @TempDir Path home;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void theOutboxIsEmptyOnANewDatabaseAndSendingWithoutSmtpSaysWhy() {
        assertThat(cli.run("outbox", "list")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("送信待ちのメールはありません。");

        assertThat(cli.run("outbox", "send")).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("licensedesk.smtp.host");
    }

    @Test
    void theOutboxListsMailWaitingForTheServer() {
        try (TestStore store = cli.store().withDemoCatalogue()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        }

        assertThat(cli.run("outbox", "list")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("送信待ち 1 件").contains("宛先: tanaka@example.co.jp")
                .contains("件名: 【Kasumi Cloud Mail Protect】製品登録完了のお知らせ").contains("試行: 0 回");
    }
}
