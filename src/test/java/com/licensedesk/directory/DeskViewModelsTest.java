package com.licensedesk.directory;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.desk.AuditLogViewModel;
import com.licensedesk.desk.DeskStatusViewModel;
import com.licensedesk.desk.OutboxMonitorViewModel;
import com.licensedesk.desk.TodayViewModel;
import com.licensedesk.domain.StorageTrouble;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.HeldTasks;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jooq.exception.DataAccessException;
import com.licensedesk.licences.LicenceStatus;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 顧客一覧, 本日の作業, 監査ログ, 送信メール and the status bar without a toolkit. */
class DeskViewModelsTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    @TempDir Path folder;
    private long accountId;
    private final List<DirectoryViewModel.Row> opened = new ArrayList<>();
    private final List<String> registrations = new ArrayList<>();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @BeforeEach
    void open() {
        accountId = desk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE,
                "Tanaka_01"), Actor.operator("desk.admin", Role.ADMIN)).accountId();
    }

    private DirectoryViewModel directory(com.licensedesk.ui.Tasks tasks) {
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        return directory(tasks, session);
    }

    private DirectoryViewModel directory(com.licensedesk.ui.Tasks tasks, Session session) {
        return new DirectoryViewModel(desk.store().repositories.directory(), session, tasks, dialogs,
                Fixtures.JAPANESE, Fixtures.CLOCK, 30, opened::add, () -> registrations.add("new"));
    }

    @Test
    void aReadOnlyOperatorFindsAndOpensCustomersButIsOfferedNoNewRegistration() {
        Session session = new Session();
        session.signInStaff(new StaffMember(3, "desk.viewer", "高橋 健", Role.READ_ONLY));
        DirectoryViewModel directory = directory(Fixtures.IN_PLACE, session);
        directory.shown();
        assertThat(directory.registrationOffered().get()).isFalse();
        directory.newRegistration();
        assertThat(registrations).as("Ctrl+N starts nothing").isEmpty();
        directory.open(directory.rows().get(0));
        assertThat(opened).hasSize(1);

        assertThat(directory(Fixtures.IN_PLACE).registrationOffered().get()).as("until shown").isFalse();
        DirectoryViewModel clerks = directory(Fixtures.IN_PLACE);
        clerks.shown();
        assertThat(clerks.registrationOffered().get()).isTrue();
    }

    @Test
    void aNextExpiryWithinTheWarningDaysIsMarkedNearAsOnTheProductsScreen() {
        long soon = desk.services().registration.register(Fixtures.registration(DemoCatalog.EXPIRING_SOON_KEY,
                "Suzuki_02"), Actor.operator("desk.admin", Role.ADMIN)).accountId();
        DirectoryViewModel directory = directory(Fixtures.IN_PLACE);
        directory.shown();
        Map<Long, Optional<LicenceStatus>> status = directory.rows().stream().collect(
                Collectors.toMap(DirectoryViewModel.Row::accountId, DirectoryViewModel.Row::nextExpiryStatus));
        assertThat(status.get(soon)).as("14 days away, 30 days' warning").contains(LicenceStatus.EXPIRING);
        assertThat(status.get(accountId)).as("a year away").contains(LicenceStatus.VALID);
    }

    @Test
    void aReadOnlyOperatorReadsTheOutboxButIsOfferedNeitherResendNorCancel() {
        Session session = new Session();
        session.signInStaff(new StaffMember(3, "desk.viewer", "高橋 健", Role.READ_ONLY));
        OutboxMonitorViewModel monitor = new OutboxMonitorViewModel(desk.services().outboxAdministration, session,
                Fixtures.IN_PLACE, Fixtures.JAPANESE, () -> { });
        monitor.shown();
        assertThat(monitor.rows()).as("the registration's mail is listed").isNotEmpty();
        assertThat(monitor.changeable().get()).isFalse();

        monitor.cancel(monitor.rows().get(0));
        assertThat(monitor.banner().text()).as("the service still refuses").isEqualTo("この操作を行う権限がありません。");
    }

    @Test
    void theDirectoryAnswersAsYouTypeAndOpensTheChosenCustomer() {
        DirectoryViewModel directory = directory(Fixtures.IN_PLACE);
        directory.shown();
        assertThat(directory.rows()).hasSize(1);
        directory.query().set("ｻﾝﾌﾟﾙ");
        assertThat(directory.rows()).singleElement().extracting(DirectoryViewModel.Row::loginId)
                .isEqualTo("Tanaka_01");
        assertThat(directory.count().get()).isEqualTo("1件");
        directory.query().set("どこにもない会社");
        assertThat(directory.rows()).isEmpty();
        assertThat(directory.count().get()).isEqualTo("該当するお客さまはいません。");
        directory.query().set("tanaka");
        directory.open(directory.rows().get(0));
        assertThat(opened).extracting(DirectoryViewModel.Row::accountId).containsExactly(accountId);
        directory.newRegistration();
        assertThat(registrations).hasSize(1);
    }

    @Test
    void aSearchStillWaitingWhenANewerOneStartsIsStoppedOnTheStoreAndOnlyTheNewestAnswers() {
        HeldTasks held = new HeldTasks();
        DirectoryViewModel directory = directory(held);
        directory.query().set("どこにもない");
        held.release();
        directory.query().set("さんぷる");
        held.release();
        assertThat(directory.rows()).as("the stopped search ended without an answer").isEmpty();
        assertThat(directory.banner().kind()).isEqualTo(Banner.Kind.NONE);
        held.release();
        assertThat(directory.rows()).hasSize(1);
    }

    @Test
    void theExportIsUtf8WithABomAndReadsBackCellForCell() throws Exception {
        DirectoryViewModel directory = directory(Fixtures.IN_PLACE);
        Path file = folder.resolve("customers.csv");
        dialogs.choosing(file);
        directory.export();
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.SAVE_FILE);
            assertThat(asked.title()).isEqualTo("CSV出力");
            assertThat(asked.detail()).isEqualTo("顧客一覧.csv");
            assertThat(asked.file()).hasValue(Dialogs.FileKind.CSV);
        });
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).get(0)).isEqualTo("会社名");
            assertThat(records.get(1).get(0)).isEqualTo("サンプル株式会社");
            assertThat(records.get(1).get(2)).isEqualTo("Tanaka_01");
            assertThat(records.get(1).get(4)).isEqualTo("03-53949600");
        }
        assertThat(Files.exists(folder.resolve("customers.csv.part"))).isFalse();
    }

    @Test
    void anExportWhoseSaveDialogIsCancelledWritesNothing() throws Exception {
        DirectoryViewModel directory = directory(Fixtures.IN_PLACE);
        dialogs.cancelling();
        directory.export();
        assertThat(dialogs.asked()).hasSize(1);
        assertThat(directory.banner().kind()).isEqualTo(Banner.Kind.NONE);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".csv"))).isEmpty();
        }
    }

    @Test
    void todayListsThisDesksWorkAndTheAuditLogFiltersAndExports() throws Exception {
        List<Long> openedAccounts = new ArrayList<>();
        TodayViewModel today = new TodayViewModel(desk.store().audit, Fixtures.IN_PLACE, Fixtures.JAPANESE,
                Fixtures.CLOCK, "desk-1", (id, row) -> openedAccounts.add(id));
        today.shown();
        assertThat(today.rows()).singleElement().satisfies(row -> {
            assertThat(row.what()).isEqualTo("新規登録");
            assertThat(row.company()).isEqualTo("サンプル株式会社");
            assertThat(row.operator()).isEqualTo("desk.admin");
        });
        today.open(today.rows().get(0));
        assertThat(openedAccounts).containsExactly(accountId);

        OperatorService operators = desk.services().operators;
        AuditLogViewModel audit = new AuditLogViewModel(desk.store().audit, operators, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE, Fixtures.CLOCK);
        audit.shown();
        assertThat(audit.rows()).extracting(AuditLogViewModel.Row::action).contains("新規登録");
        audit.text().set("=cmd");
        audit.search();
        assertThat(audit.rows()).isEmpty();
        audit.text().set("tanaka_01");
        audit.search();
        assertThat(audit.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.loginId()).isEqualTo("Tanaka_01"));
        audit.from().set(audit.to().get().plusDays(1));
        audit.search();
        assertThat(audit.banner().text()).isEqualTo("期間の開始日は終了日以前にしてください。");
        audit.from().set(audit.to().get());

        Path file = folder.resolve("audit.csv");
        dialogs.choosing(file);
        audit.export();
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            assertThat(parser.getRecords()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void theOutboxMonitorShowsStatesRedactsSecretsResendsAndCancels() {
        var outbox = desk.services().outboxAdministration;
        var session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        new Outbox(desk.store().outbox, Fixtures.CLOCK, "example.test").enqueue(
                new MailTemplates(Fixtures.JAPANESE).compose(Locale.JAPANESE,
                        "resetCode", "tanaka@example.co.jp", "ABCD-EFGH-JKLM", "2026/11/24 10:30"));
        List<String> woken = new ArrayList<>();
        OutboxMonitorViewModel monitor = new OutboxMonitorViewModel(outbox,
                session, Fixtures.IN_PLACE, Fixtures.JAPANESE, () -> woken.add("wake"));
        monitor.shown();
        assertThat(monitor.changeable().get()).isTrue();
        assertThat(monitor.rows()).hasSize(2);
        var reset = monitor.rows().get(0);
        assertThat(reset.subject()).isEqualTo("パスワードのリセット");
        monitor.choose(reset);
        assertThat(monitor.body().get()).doesNotContain("ABCD-EFGH-JKLM").contains("表示しません");
        monitor.choose(monitor.rows().get(1));
        assertThat(monitor.body().get()).contains("Kasumi Cloud Mail Protect");

        monitor.cancel(reset);
        assertThat(monitor.rows().get(0).state()).isEqualTo("取り消し");
        assertThat(monitor.banner().text()).isEqualTo("tanaka@example.co.jp 宛の「パスワードのリセット」を取り消しました。");
        desk.store().outbox.claim("desk-1", Fixtures.NOW, Duration.ofMinutes(2), 10);
        desk.store().outbox.markFailed(monitor.rows().get(1).id(), "desk-1", "550 no such user", Fixtures.NOW);
        monitor.load();
        assertThat(monitor.rows().get(1).state()).isEqualTo("送信失敗");
        assertThat(monitor.rows().get(1).lastAnswer()).isEqualTo("550 no such user");
        monitor.choose(monitor.rows().get(1));
        assertThat(monitor.body().get()).startsWith("サーバーの応答: 550 no such user\n\nお客様へ");
        monitor.resend(monitor.rows().get(1));
        assertThat(monitor.rows().get(1).state()).isEqualTo("送信待ち");
        assertThat(woken).hasSize(1);
        assertThat(desk.store().audit.search(AuditQuery.everything(), 10))
                .extracting(r -> r.entry().action()).contains(AuditAction.MAIL_RESENT, AuditAction.MAIL_CANCELLED);
    }

    @Test
    void theStatusBarNamesTheOperatorAndCountsWaitingAndFailedMail() {
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        DeskStatusViewModel status = new DeskStatusViewModel(desk.store().outbox, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE, "受付1", Optional.empty());
        status.refresh();
        assertThat(status.operator().get()).contains("鈴木 一郎").contains("担当者");
        assertThat(status.desk().get()).contains("受付1");
        assertThat(status.waiting().get()).isEqualTo("送信待ち 1件");
        assertThat(status.anyFailed().get()).isFalse();

        long mail = desk.store().outbox.claim("desk-1", Fixtures.NOW, Duration.ofMinutes(2), 10).get(0).id();
        desk.store().outbox.markFailed(mail, "desk-1", "550 no such user", Fixtures.NOW);
        status.refresh();
        assertThat(status.waiting().get()).isEqualTo("送信待ち 0件");
        assertThat(status.failed().get()).isEqualTo("送信失敗 1件");
        assertThat(status.anyFailed().get()).isTrue();
    }

    @Test
    void theStatusBarSaysTheDatabaseCannotBeReachedUntilACallGoesThrough() {
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        DeskStatusViewModel status = new DeskStatusViewModel(desk.store().outbox, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE, "受付1", Optional.empty());
        // As the composition root wires it, without the hop to the FX thread.
        desk.store().database.watchStorage(() -> status.storageTrouble(desk.store().database.storageTrouble()));
        assertThat(status.storageTroubled().get()).isFalse();

        RuntimeException lost = new DataAccessException("Error getting connection from data source",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"));
        assertThatThrownBy(() -> desk.store().database.inTransaction(() -> {
            throw lost;
        })).isInstanceOf(StorageTrouble.class);

        assertThat(status.storage().get()).isEqualTo("データベースに接続できません");
        assertThat(status.storageTroubled().get()).isTrue();

        status.refresh();
        assertThat(status.storage().get()).isEmpty();
        assertThat(status.storageTroubled().get()).isFalse();
    }
}
