package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync ...}: a registration made at a kiosk goes home on a stick and comes back acknowledged. */
class SyncCliTest {
    @TempDir Path homeFolder;
    @TempDir Path kioskFolder;
    @TempDir Path stick;
    private CommandLine home;
    private CommandLine kiosk;

    @BeforeEach
    void joined() {
        home = new CommandLine(homeFolder);
        kiosk = new CommandLine(kioskFolder);
        String passphrase = KioskCliTest.enrol(home, "shinjuku-1", stick);
        assertThat(kiosk.runWithInput(passphrase + "\n", "kiosk", "join", stick.resolve("shinjuku-1.ldenrol")
                .toString())).isEqualTo(Cli.OK);
    }

    @Test
    void aRegistrationAtTheKioskIsAppliedAtHomeAndAcknowledged() throws Exception {
        assertThat(kiosk.run("sync", "export", stick.toString())).isEqualTo(Cli.OK);
        assertThat(kiosk.stdout()).contains("本部に送る記録はありません。");
        register("Tanaka_01");

        assertThat(kiosk.run("sync", "export", stick.toString())).isEqualTo(Cli.OK);
        Path bundle = only(".ldsync");
        assertThat(kiosk.stdout()).contains("本部に送る同期ファイルを書き出しました: " + bundle + "（記録 1 件）");

        assertThat(home.run("sync", "import", bundle.toString())).isEqualTo(Cli.OK);
        assertThat(home.stdout())
                .contains(bundle + ": キオスク shinjuku-1 の記録 1 件 — 反映 1 件、確認待ち 0 件、保留 0 件、取り込み済み 0 件")
                .contains("キオスク shinjuku-1 への返信を書き出しました: " + stick.resolve("shinjuku-1-reply-1.ldreply"));
        home.out.reset();
        assertThat(home.run("sync", "import", bundle.toString())).isEqualTo(Cli.OK);
        assertThat(home.stdout())
                .contains(bundle + ": キオスク shinjuku-1 の記録 1 件 — 反映 0 件、確認待ち 0 件、保留 0 件、取り込み済み 1 件");
        try (TestStore store = home.store()) {
            assertThat(store.accounts.isLoginIdTaken("Tanaka_01")).isTrue();
        }
        home.out.reset();
        assertThat(home.run("kiosk", "list")).isEqualTo(Cli.OK);
        assertThat(home.stdout()).startsWith("shinjuku-1\t有効\t2026/11/24").endsWith("\t未処理 0 件\n");

        kiosk.out.reset();
        assertThat(kiosk.run("sync", "export", stick.toString())).isEqualTo(Cli.OK);
        assertThat(kiosk.stdout()).contains("本部からの返信を2件読みました（記録の結果 2 件")
                .contains("本部に送る記録はありません。");
    }

    @Test
    void aTamperedBundleIsRefusedWholeWithItsReason() throws Exception {
        register("Tanaka_01");
        assertThat(kiosk.run("sync", "export", stick.toString())).isEqualTo(Cli.OK);
        Path bundle = only(".ldsync");
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length - 20] ^= 1;
        Files.write(bundle, bytes);

        assertThat(home.run("sync", "import", bundle.toString())).isEqualTo(Cli.USER_ERROR);

        assertThat(home.stderr()).contains(bundle + ": 取り込みませんでした（何も反映していません）。"
                + "キオスクが書き出した後に変更されています。");
        assertThat(home.stdout()).doesNotContain("返信");
        try (TestStore store = home.store()) {
            assertThat(store.accounts.isLoginIdTaken("Tanaka_01")).isFalse();
        }
        assertThat(home.run("sync", "import")).isEqualTo(Cli.USAGE);
    }

    /** A customer registers at the kiosk's screens: the kiosk's own services on its database. */
    private void register(String loginId) {
        try (TestStore store = kiosk.store()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration
                    .register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, loginId));
        }
    }

    private Path only(String suffix) throws Exception {
        try (Stream<Path> files = Files.list(stick)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
