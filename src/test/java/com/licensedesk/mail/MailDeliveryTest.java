package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import com.licensedesk.testing.MovableClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration mail through the outbox to a real SMTP server (GreenMail) on the loopback interface. */
class MailDeliveryTest {
    @TempDir Path folder;
    private TestStore store;
    private GreenMail server;
    private int port;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);

    @BeforeEach
    void open() {
        store = new TestStore(folder).withDemoCatalogue();
        LoopbackSmtp loopback = LoopbackSmtp.onFreePort();
        port = loopback.port();
        server = loopback.server();
    }

    @AfterEach
    void close() {
        server.stop();
        store.close();
    }

    @Test
    void theRegistrationMailArrivesInJapaneseWithItsMessageId() throws Exception {
        server.start();
        store.registration().register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        String messageId = store.outbox.unsent().get(0).messageId();

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
        assertThat(store.outbox.unsent()).isEmpty();
    }

    @Test
    void withTheServerDownTheMailWaitsAndArrivesOnceItIsBackWithTheSameMessageId() throws Exception {
        store.registration().register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        String messageId = store.outbox.unsent().get(0).messageId();
        OutboxSender sender = sender();

        assertThat(sender.sendDue()).isZero();
        OutboxMail waiting = store.outbox.unsent().get(0);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isPresent();
        assertThat(waiting.nextAttemptAt()).isEqualTo(Fixtures.NOW.plus(Duration.ofSeconds(30)));
        assertThat(store.rows("licence")).as("the registration stands").isEqualTo(1);

        clock.advance(Duration.ofSeconds(10));
        assertThat(sender.sendDue()).as("not due yet: no new attempt").isZero();
        assertThat(store.outbox.unsent().get(0).attempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(20));
        assertThat(sender.sendDue()).isZero();
        assertThat(store.outbox.unsent().get(0).nextAttemptAt())
                .as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofSeconds(60)));

        server.start();
        clock.advance(Duration.ofSeconds(60));
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(server.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(mail.getMessageID()).isEqualTo(messageId));
        assertThat(store.outbox.unsent()).isEmpty();
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToAnHour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.backoff(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxSender.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backoff(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void withoutSmtpTheMailWaitsInTheOutbox() {
        store.registration().register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        OutboxSender noServer = new OutboxSender(store.outbox, Optional.empty(), clock);

        assertThat(noServer.canSend()).isFalse();
        assertThat(noServer.sendDue()).isZero();
        assertThat(store.outbox.unsent()).singleElement()
                .satisfies(mail -> assertThat(mail.attempts()).isZero());
    }

    private OutboxSender sender() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(),
                false, false, "License Desk <no-reply@example.test>");
        return new OutboxSender(store.outbox, Optional.of(new SmtpTransport(settings)), clock);
    }

}
