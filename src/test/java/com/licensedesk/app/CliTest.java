package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script would run it: exit codes, stdout for results, stderr for reasons. */
class CliTest {
    @TempDir Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsACatalogueReportingBadRowsAndChangesNothingTheSecondTime() throws Exception {
        Path csv = home.resolve("catalogue.csv");
        Files.writeString(csv, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "AB-1234,Broken,,1,2027-03-31,FULL,\n", StandardCharsets.UTF_8);

        assertThat(run("catalog", "import", csv.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(stdout()).contains("取り込み完了: 追加 1 件、更新 0 件、変更なし 0 件、エラー 1 件");
        assertThat(stderr()).contains("3 行目: キーの形式が正しくありません: AB-1234");

        out.reset();
        Files.writeString(csv, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n", StandardCharsets.UTF_8);
        assertThat(run("catalog", "import", csv.toString())).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("追加 0 件、更新 0 件、変更なし 1 件、エラー 0 件");
    }

    @Test
    void aMissingFileIsAUserErrorWithOneLine() {
        assertThat(run("catalog", "import", home.resolve("nothing.csv").toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr().lines()).singleElement().asString().startsWith("ファイルを読み込めません");
    }

    @Test
    void theOutboxIsEmptyOnANewDatabaseAndSendingWithoutSmtpSaysWhy() {
        assertThat(run("outbox", "list")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("送信待ちのメールはありません。");

        assertThat(run("outbox", "send")).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr()).contains("licensedesk.smtp.host");
    }

    @Test
    void theOutboxListsMailWaitingForTheServer() {
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        }

        assertThat(run("outbox", "list")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("送信待ち 1 件").contains("宛先: tanaka@example.co.jp")
                .contains("件名: 【Kasumi Cloud Mail Protect】製品登録完了のお知らせ").contains("試行: 0 回");
    }

    @Test
    void remindersAreListedInADryRunThenSentOnceForAScheduledJob() {
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.EXPIRING_SOON_KEY, "Tanaka_01"));
            desk.registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "Sato_02"));
        }

        assertThat(run("reminders", "send", "--dry-run")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("サンプル株式会社 <tanaka@example.co.jp>: 30日前のお知らせ、ライセンス1件 (**-****-****-****-7PCZ)")
                .contains("90日前のお知らせ").contains("送信予定: 2通（ライセンス2件）。--dry-run のため何も送信していません。");
        out.reset();
        assertThat(run("outbox", "list")).isEqualTo(Cli.OK);
        assertThat(stdout()).doesNotContain("更新のご案内");

        out.reset();
        assertThat(run("reminders", "send")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("更新のお知らせを2通、送信メールに入れました（2社、ライセンス2件）。");
        out.reset();
        assertThat(run("reminders", "send")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("更新のお知らせを0通");
        out.reset();
        run("outbox", "list");
        assertThat(stdout().split("更新のご案内", -1)).hasSize(3);
    }

    @Test
    void theAuditLogIsPrunedBeforeADayAndThePruningIsRecorded() {
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        }

        assertThat(run("audit", "prune", "--before", "24/11/2026")).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr()).contains("YYYY-MM-DD");
        assertThat(run("audit", "prune", "--before", "2026-11-25")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("2026-11-25より前の監査ログを1件削除しました");
        try (LicenseDesk desk = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(desk.audit.search(new com.licensedesk.audit.AuditQuery(java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Set.of(), java.util.Optional.empty(),
                    ""), 10)).extracting(record -> record.entry().action()).containsExactly(AuditAction.AUDIT_PRUNED);
        }
    }

    @Test
    void badUsageExitsWithTwoAndVersionWithZero() {
        assertThat(run("catalog")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("使い方: license-desk");
        assertThat(run("--version")).isEqualTo(Cli.OK);
        assertThat(stdout()).startsWith("License Desk ");
    }

    @Test
    void operatorsAreAddedListedGivenTotpAndTheLastAdminStays() {
        assertThat(runWithInput("Admin9Harbor\nAdmin9Harbor\n", "operator", "add", "--role", "admin", "--name", "佐藤 花子",
                "desk.admin")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("スタッフ desk.admin を管理者として追加しました。");
        assertThat(runWithInput("short\nshort\n", "operator", "add", "desk.clerk")).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr()).contains("パスワードは8文字以上25文字以下にしてください（入力は5文字です）。");
        assertThat(runWithInput("Clerk1Pass\nOther1Pass\n", "operator", "add", "desk.clerk"))
                .isEqualTo(Cli.USER_ERROR);
        assertThat(run("operator", "add", "--role", "boss", "desk.clerk")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("役割 boss はありません");
        assertThat(runWithInput("Clerk1Pass\nClerk1Pass\n", "operator", "add", "desk.clerk")).isEqualTo(Cli.OK);

        out.reset();
        assertThat(run("operator", "list")).isEqualTo(Cli.OK);
        assertThat(stdout().lines()).containsExactly("desk.admin\t佐藤 花子\t管理者\t有効", "desk.clerk\tdesk.clerk\t担当者\t有効");
        assertThat(run("operator", "deactivate", "desk.admin")).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr()).contains("最後の有効な管理者は無効にできません。");
        assertThat(run("operator", "deactivate", "nobody")).isEqualTo(Cli.USER_ERROR);
        assertThat(run("operator", "totp", "desk.clerk")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("otpauth://totp/");
        assertThat(run("operator", "deactivate", "desk.clerk")).isEqualTo(Cli.OK);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}={1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "licensedesk.smtp.port, twenty-five, licensedesk.smtp.port の値 \"twenty-five\" は使えません",
        "licensedesk.session.idle-minutes, 0.5, 1以上240以下の整数",
        "licensedesk.session.idle-minutes, 0, licensedesk.session.idle-minutes",
        "licensedesk.kiosk, yes, true または false",
        "licensedesk.locale, fr, ja または en",
        "licensedesk.db.url, jdbc:mysql://db/desk, jdbc:sqlite:"})
    void aBadSettingIsOneLineNamingItWithNoStackTrace(String property, String value, String said) {
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Settings.of(Map.of("licensedesk.home", home.toString(), property, value), Map.of(), home),
                Fixtures.CLOCK).run("outbox", "list");

        assertThat(code).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr().lines()).singleElement().asString().contains(property).contains(said);
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneLine() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Settings.of(Map.of("licensedesk.home", file.toString()), Map.of(), file), Fixtures.CLOCK)
                .run("outbox", "list");

        assertThat(code).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr().lines()).singleElement().asString().contains("はフォルダーではありません");
    }

    @Test
    void backupRefusesASymbolicLinkAndAQuoteAndRestoreADecimalSchemaVersion() throws Exception {
        Path dangling = home.resolve("dangling.db");
        Files.createSymbolicLink(dangling, home.resolve("nowhere").resolve("target.db"));
        assertThat(run("backup", dangling.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr()).contains("シンボリックリンク");
        assertThat(Files.exists(home.resolve("nowhere"))).isFalse();

        err.reset();
        assertThat(run("backup", home.resolve("a\"b.db").toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr().lines()).singleElement().asString().contains("二重引用符");

        Path backup = home.resolve("backup.db");
        assertThat(run("backup", backup.toString())).isEqualTo(Cli.OK);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup)) {
            connection.createStatement().executeUpdate("update flyway_schema_history set version = '3.5'"
                    + " where installed_rank = (select max(installed_rank) from flyway_schema_history)");
        }
        err.reset();
        assertThat(run("restore", backup.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(stderr().lines()).singleElement().asString().contains("バックアップではありません");
    }

    private int runWithInput(String input, String... args) {
        return new Cli(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                config(), Fixtures.CLOCK).run(args);
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), config(), Fixtures.CLOCK).run(args);
    }

    private Settings config() {
        return Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
