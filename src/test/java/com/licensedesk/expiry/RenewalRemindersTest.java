package com.licensedesk.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.mail.OutboxMail;
import com.licensedesk.session.Actor;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Role;
import com.licensedesk.session.StaffMember;
import com.licensedesk.settings.Setting;
import com.licensedesk.testing.TestDesk;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Renewal reminders: one mail per customer and threshold, each licence reminded once, by any number of desks. */
class RenewalRemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Actor DAILY_RUN = Actor.system("renewal-reminders");

    @RegisterExtension final TestDesk desk = TestDesk.empty();
    private ExpiringCustomers customers;

    @BeforeEach
    void open() {
        customers = new ExpiringCustomers(desk);
    }

    /** The reminders of {@code on}, at 90, 30 and 7 days before expiry (the default). */
    private static RenewalReminders reminders(TestDesk on) {
        return on.services().reminders;
    }

    private List<OutboxMail> reminderMail() {
        return desk.store().outbox.unsent().stream().filter(mail -> mail.subject().startsWith("【更新のご案内】"))
                .toList();
    }

    @Test
    void eachCustomerGetsOneMailPerThresholdListingEveryLicenceInIt() {
        long both = customers.customer(TODAY.plusDays(80), TODAY.plusDays(90), TODAY.plusDays(20), TODAY.plusDays(200));
        customers.customer(TODAY.plusDays(7), TODAY.minusDays(2));
        customers.customer(TODAY.plusDays(91));

        RenewalReminders.Sent sent = reminders(desk).send(DAILY_RUN);

        assertThat(sent).isEqualTo(new RenewalReminders.Sent(3, 4, 2));
        List<OutboxMail> mail = reminderMail();
        assertThat(mail).extracting(OutboxMail::subject).containsExactlyInAnyOrder(
                "【更新のご案内】2件のライセンスがあと90日以内に有効期限を迎えます",
                "【更新のご案内】1件のライセンスがあと30日以内に有効期限を迎えます",
                "【更新のご案内】1件のライセンスがあと7日以内に有効期限を迎えます");
        OutboxMail ninety = mail.stream().filter(m -> m.subject().contains("90日")).findFirst().orElseThrow();
        assertThat(ninety.recipient()).isEqualTo("tanaka@example.co.jp");
        assertThat(ninety.body()).startsWith("サンプル株式会社 ご担当者様")
                .contains("有効期限: 2027/02/12").contains("有効期限: 2027/02/22").contains("シート/ユーザ数: 5")
                .contains("キー: **-****-****-****-").doesNotContain("2027/06/12");
        assertThat(ninety.body()).doesNotContain(com.licensedesk.testing.GeneratedCustomers.key(0, 0));
        assertThat(desk.store().rows("audit_log")).isGreaterThan(0);
        assertThat(desk.store().value("SELECT COUNT(*) FROM audit_log WHERE action = 'REMINDER_SENT' AND account_id = "
                + both).toString()).isEqualTo("2");
    }

    @Test
    void nothingIsSentTwiceAcrossRunsRestartsAndAnotherDesk() {
        customers.customer(TODAY.plusDays(10), TODAY.plusDays(60));
        customers.customer(TODAY.plusDays(3));

        assertThat(reminders(desk).send(DAILY_RUN).mails()).isEqualTo(3);
        assertThat(reminders(desk).send(DAILY_RUN).mails()).as("the same desk again").isZero();
        assertThat(reminders(desk.anotherDesk()).send(DAILY_RUN).mails()).as("another desk, or a restart").isZero();
        assertThat(reminders(desk).due()).isEmpty();
        assertThat(reminderMail()).hasSize(3);

        desk.clock().advance(Duration.ofDays(30));
        assertThat(reminders(desk).send(DAILY_RUN)).as("the 60-day licence reaches 30 days")
                .isEqualTo(new RenewalReminders.Sent(1, 1, 1));
        desk.clock().advance(Duration.ofDays(23));
        assertThat(reminders(desk).send(DAILY_RUN).mails()).as("and 7 days").isEqualTo(1);
        assertThat(reminders(desk.anotherDesk()).send(DAILY_RUN).mails()).isZero();
        assertThat(reminderMail()).hasSize(5);
    }

    @Test
    void twoDesksSendingAtOnceSendEachReminderOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            customers.customer(TODAY.plusDays(1 + i % 80), TODAY.plusDays(2 + i % 25));
        }
        int expected = reminders(desk).due().size();
        RenewalReminders first = reminders(desk);
        RenewalReminders second = reminders(desk.anotherDesk());
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Future<RenewalReminders.Sent>> runs = desks.invokeAll(List.<Callable<RenewalReminders.Sent>>of(
                    () -> first.send(DAILY_RUN), () -> second.send(DAILY_RUN)));
            int mails = runs.get(0).get().mails() + runs.get(1).get().mails();
            int licences = runs.get(0).get().licences() + runs.get(1).get().licences();
            assertThat(licences).as("every licence reminded once between them").isEqualTo(80);
            assertThat(mails).isBetween(expected, 2 * expected);
        } finally {
            desks.shutdownNow();
        }
        assertThat(desk.store().rows("renewal_reminder")).isEqualTo(80);
        assertThat(reminderMail().stream().mapToInt(mail -> mail.body().split("キー: ").length - 1).sum())
                .as("the mails list 80 licences in all").isEqualTo(80);
    }

    @Test
    void anExcludedCustomerGetsNoneAndTheMailSpeaksTheCustomersLanguage() {
        long excluded = customers.customer(TODAY.plusDays(5));
        customers.customer("Hoshizora Endpoint Guard", Locale.ENGLISH, TODAY.plusDays(25));
        com.licensedesk.company.CompanyInfoService companyInfo = desk.services().companyInfo;
        companyInfo.excludeFromReminders(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK)
                .actingFor(excluded, "expiry0"), true);
        assertThat(companyInfo.excludedFromReminders(excluded)).isTrue();
        assertThat(desk.store().value("SELECT COUNT(*) FROM audit_log WHERE action = 'REMINDERS_EXCLUDED'").toString())
                .isEqualTo("1");

        reminders(desk).send(DAILY_RUN);

        assertThat(reminderMail()).isEmpty();
        OutboxMail english = desk.store().outbox.unsent().stream().filter(mail -> mail.subject().startsWith("[Renewal"))
                .findFirst().orElseThrow();
        assertThat(english.subject()).isEqualTo("[Renewal notice] 1 licence expires within 30 days");
        assertThat(english.body()).startsWith("Dear サンプル株式会社,").contains("Expires: 2026/12/19");
    }

    @Test
    void aReadOnlyOperatorCannotSendAndNothingIsDueWhenRemindersAreOff() {
        customers.customer(TODAY.plusDays(5));
        Actor readOnly = new StaffMember(3, "desk.viewer", "閲覧 太郎", Role.READ_ONLY).actor();

        Assertions.assertThatThrownBy(() -> reminders(desk).send(readOnly)).isInstanceOf(NotPermitted.class);
        RenewalReminders off = desk.servicesWith(options -> options.setting(Setting.REMINDER_DAYS, "off")).reminders;
        assertThat(off.due()).isEmpty();
        assertThat(desk.store().rows("renewal_reminder")).isZero();
    }
}
