package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.settings.Setting;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import com.licensedesk.testing.MisbehavingSmtp;
import com.licensedesk.testing.TestDesk;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registration mail through the outbox to a real SMTP server (GreenMail) on the loopback interface. */
class MailDeliveryTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private GreenMail server;
    private int port;

    @BeforeEach
    void open() {
        LoopbackSmtp loopback = LoopbackSmtp.started();
        port = loopback.port();
        server = loopback.server();
    }

    @AfterEach
    void close() {
        server.stop();
    }

    @Test
    void theRegistrationMailArrivesInJapaneseWithItsMessageId() throws Exception {
        desk.registeredCustomer();
        String messageId = desk.store().outbox.unsent().get(0).messageId();

        int sent = sender().sendDue();

        assertThat(sent).isEqualTo(1);
        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = server.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("【Kasumi Cloud Mail Protect】製品登録完了のお知らせ");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("tanaka@example.co.jp");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("License Desk <no-reply@example.test>");
        assertThat(mail.getMessageID()).isEqualTo(messageId);
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = (String) mail.getContent();
        assertThat(body)
                .contains("製品/サービス: Kasumi Cloud Mail Protect")
                .contains("アクティベーションコード: LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D")
                .contains("シート/ユーザ数: 1")
                .contains("有効期限: 2028/11/24")
                .contains("ライセンス種別: 製品版");
        assertThat(desk.store().outbox.unsent()).isEmpty();
    }

    @Test
    void withTheServerDownTheMailWaitsAndArrivesAfterARestartWithTheSameMessageId() throws Exception {
        desk.registeredCustomer();
        String messageId = desk.store().outbox.unsent().get(0).messageId();
        // Down as a server says it (421 and closed): a port nobody listens on could be anybody's by now.
        MisbehavingSmtp down = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.BUSY_421);
        OutboxSender sender = sender(down.port());

        assertThat(sender.sendDue()).isZero();
        OutboxMail waiting = desk.store().outbox.unsent().get(0);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isPresent();
        assertThat(waiting.nextAttemptAt()).isEqualTo(Fixtures.NOW.plus(Duration.ofSeconds(30)));
        assertThat(desk.store().rows("licence")).as("the registration stands").isEqualTo(1);

        desk.clock().advance(Duration.ofSeconds(10));
        assertThat(sender.sendDue()).as("not due yet: no new attempt").isZero();
        assertThat(desk.store().outbox.unsent().get(0).attempts()).isEqualTo(1);

        desk.clock().advance(Duration.ofSeconds(20));
        assertThat(sender.sendDue()).isZero();
        assertThat(desk.store().outbox.unsent().get(0).nextAttemptAt())
                .as("the wait doubles").isEqualTo(desk.clock().instant().plus(Duration.ofSeconds(60)));

        down.close();
        desk.clock().advance(Duration.ofSeconds(60));
        assertThat(sender().sendDue()).as("a restarted desk's sender, the server up").isEqualTo(1);

        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(server.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(mail.getMessageID()).isEqualTo(messageId));
        assertThat(desk.store().outbox.unsent()).isEmpty();
    }

    @Test
    void theLogQuotesTheServerWithoutTheRecipient() {
        assertThat(OutboxSender.withoutAddresses("550 5.1.1 <tanaka@example.co.jp>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <…>: Recipient address rejected");
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToFifteenMinutes() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxSender.backoff(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutboxSender.backoff(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void twoSendersOnOneDatabaseDeliverEachMailOnce() throws Exception {
        desk.store().catalog.save(generatedKeys(30));
        for (int i = 0; i < 30; i++) {
            desk.register(Fixtures.registration(key(i), "user_" + i));
        }
        OutboxSender first = sender();
        OutboxSender second = sender();
        Thread other = new Thread(second::sendDue);
        other.start();
        first.sendDue();
        other.join(30_000);
        assertThat(server.waitForIncomingEmail(10_000, 30)).isTrue();
        assertThat(server.getReceivedMessages()).hasSize(30);
        assertThat(java.util.Arrays.stream(server.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(30);
        assertThat(desk.store().outbox.unsent()).isEmpty();
    }

    @Test
    void aPermanentRefusalFailsAtOnceATemporaryOneWaitsAndDaysOfRefusalsGiveUp() {
        desk.registeredCustomer();
        java.util.concurrent.atomic.AtomicBoolean permanent = new java.util.concurrent.atomic.AtomicBoolean(false);
        MailTransport refusing = mail -> {
            throw new MailTransport.DeliveryFailed(permanent.get() ? "550 5.1.1 no such user" : "421 try later",
                    null, permanent.get() ? MailTransport.DeliveryFailed.Kind.PERMANENT
                            : MailTransport.DeliveryFailed.Kind.TEMPORARY);
        };
        OutboxSender sender = desk.servicesWith(options -> options.transport(refusing)).mailSender;
        sender.sendDue();
        OutboxMail waiting = desk.store().outbox.unsent().get(0);
        assertThat(waiting.state()).isEqualTo(OutboxMail.State.WAITING);
        assertThat(waiting.lastError()).hasValue("421 try later");
        assertThat(waiting.nextAttemptAt()).isEqualTo(desk.clock().instant().plusSeconds(30));

        desk.clock().advance(Duration.ofDays(3));
        sender.sendDue();
        assertThat(desk.store().outbox.list(Optional.of(OutboxMail.State.FAILED), 10)).singleElement()
                .satisfies(mail -> assertThat(mail.lastError()).hasValue("421 try later"));
        assertThat(desk.store().outbox.counts()).isEqualTo(new OutboxRepository.Counts(0, 1));

        assertThat(sender.retryFailed()).isEqualTo(1);
        permanent.set(true);
        sender.sendDue();
        assertThat(desk.store().outbox.list(Optional.of(OutboxMail.State.FAILED), 10)).singleElement()
                .satisfies(mail -> assertThat(mail.lastError()).hasValue("550 5.1.1 no such user"));
    }

    @Test
    void aServerThatIsDownCostsOneAttemptARoundNotOneAMail() {
        for (int i = 0; i < 5; i++) {
            new Outbox(desk.store().outbox, desk.clock(), "example.test")
                    .enqueue(new NewMail("c" + i + "@example.test", "s", "b", false));
        }
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        MailTransport down = mail -> {
            tries.incrementAndGet();
            throw new MailTransport.DeliveryFailed("No complete answer within 60 s", null);
        };
        OutboxSender sender = desk.servicesWith(options -> options.transport(down)).mailSender;

        assertThat(sender.sendDue()).isZero();

        assertThat(tries).as("one attempt for the round").hasValue(1);
        assertThat(desk.store().outbox.unsent()).hasSize(5)
                .allSatisfy(mail -> assertThat(mail.nextAttemptAt()).isEqualTo(desk.clock().instant().plusSeconds(30)))
                .extracting(OutboxMail::attempts).containsExactly(1, 0, 0, 0, 0);
        assertThat(desk.store().outbox.claim("other-desk", desk.clock().instant().plusSeconds(30),
                Duration.ofMinutes(2), 10)).as("the rest is free for any sender once due").hasSize(5);
    }

    @Test
    void aMailWhoseContentLapsedIsDroppedNotSentLateAndItsSecretEmptied() {
        Outbox outbox = new Outbox(desk.store().outbox, desk.clock(), "example.test");
        outbox.enqueue(new NewMail("c@example.test", "Password reset", "code ABCD-EFGH-JKLM", true)
                .validUntil(desk.clock().instant().plus(Duration.ofMinutes(30))));
        outbox.enqueue(new NewMail("d@example.test", "Registered", "welcome", false));
        java.util.List<String> delivered = new java.util.ArrayList<>();
        OutboxSender sender = desk.servicesWith(options -> options.transport(mail -> delivered.add(mail.recipient())))
                .mailSender;
        OutboxSender noServer = desk.services().mailSender;

        desk.clock().advance(Duration.ofMinutes(29));
        noServer.sendDue();
        assertThat(desk.store().outbox.unsent()).as("still valid").hasSize(2);
        desk.clock().advance(Duration.ofMinutes(1));
        noServer.sendDue();
        assertThat(desk.store().outbox.list(Optional.of(OutboxMail.State.EXPIRED), 10)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).isEmpty());
        assertThat(((Number) desk.store().value("select count(*) from outbox_mail where body like '%ABCD%'"))
                .intValue()).as("no code left in the database").isZero();

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("d@example.test");
    }

    @Test
    void aMailHeldByASenderThatDiedIsClaimedAfterItsLease() {
        desk.registeredCustomer();
        OutboxRepository outbox = desk.store().outbox;
        assertThat(outbox.claim("dead-desk", desk.clock().instant(), Duration.ofMinutes(2), 10)).hasSize(1);
        assertThat(outbox.claim("live-desk", desk.clock().instant(), Duration.ofMinutes(2), 10)).isEmpty();
        assertThat(outbox.markSent(1, "live-desk", desk.clock().instant())).as("only the holder marks it sent")
                .isFalse();
        desk.clock().advance(Duration.ofMinutes(3));
        assertThat(outbox.claim("live-desk", desk.clock().instant(), Duration.ofMinutes(2), 10)).hasSize(1);
    }

    @Test
    void fiveHundredAnswersArePermanentFourHundredOnesTemporaryAndNoAnswerMeansTheServerIsDown() {
        jakarta.mail.internet.InternetAddress to = new jakarta.mail.internet.InternetAddress();
        assertThat(SmtpTransport.kind(new jakarta.mail.SendFailedException("refused",
                new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(to, "RCPT TO", 550, "no such user"))))
                .isEqualTo(MailTransport.DeliveryFailed.Kind.PERMANENT);
        assertThat(SmtpTransport.kind(new jakarta.mail.SendFailedException("later",
                new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(to, "RCPT TO", 450, "mailbox busy"))))
                .isEqualTo(MailTransport.DeliveryFailed.Kind.TEMPORARY);
        assertThat(SmtpTransport.kind(new jakarta.mail.MessagingException("connection refused")))
                .isEqualTo(MailTransport.DeliveryFailed.Kind.SERVER_DOWN);
    }

    @Test
    void withoutSmtpTheMailWaitsInTheOutbox() {
        desk.registeredCustomer();
        OutboxSender noServer = desk.services().mailSender;

        assertThat(noServer.canSend()).isFalse();
        assertThat(noServer.sendDue()).isZero();
        assertThat(desk.store().outbox.unsent()).singleElement()
                .satisfies(mail -> assertThat(mail.attempts()).isZero());
    }

    private OutboxSender sender() {
        return sender(port);
    }

    /** A desk's sender to the SMTP server on {@code port}, as the settings set it up. */
    private OutboxSender sender(int port) {
        return desk.servicesWith(options -> options.setting(Setting.SMTP_HOST, "127.0.0.1")
                .setting(Setting.SMTP_PORT, String.valueOf(port))).mailSender;
    }

    private static java.util.List<com.licensedesk.catalog.CatalogEntry> generatedKeys(int count) {
        java.util.List<com.licensedesk.catalog.CatalogEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new com.licensedesk.catalog.CatalogEntry(Fixtures.key(key(i)), "Test " + i, Optional.empty(),
                    1, java.time.LocalDate.of(2027, 1, 1), com.licensedesk.catalog.LicenseType.FULL,
                    Optional.empty()));
        }
        return entries;
    }

    private static String key(int i) {
        return com.licensedesk.testing.GeneratedCustomers.key(i, 0);
    }

}
