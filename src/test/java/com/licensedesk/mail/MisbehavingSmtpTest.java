package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MisbehavingSmtp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loopback SMTP server of the test's own that misbehaves as real ones do; each attempt ends within its deadline,
 * and only a 5xx answer is a permanent failure.
 */
class MisbehavingSmtpTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private MisbehavingSmtp server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aServerThatNeverGreetsCostsOneDeadline() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.SILENT);
        assertTemporaryWithinTheDeadline(attempt(), "within 2 s");
    }

    @Test
    void aServerThatGreetsAByteAtATimeCostsOneDeadline() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.TRICKLE);
        assertTemporaryWithinTheDeadline(attempt(), "within 2 s");
    }

    @Test
    void aServerThatTakesTheDataAndNeverAnswersCostsOneDeadline() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.NO_ANSWER_TO_DATA);
        assertTemporaryWithinTheDeadline(attempt(), "within 2 s");
    }

    @Test
    void aBusyServerIsATemporaryFailure() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.BUSY_421);
        assertTemporaryWithinTheDeadline(attempt(), "421");
    }

    @Test
    void anUnknownMailboxIsAPermanentFailureWithTheServersAnswer() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.NO_SUCH_USER_550);
        Attempt attempt = attempt();
        assertThat(attempt.failure().permanent()).isTrue();
        assertThat(attempt.failure().getMessage()).contains("550");
    }

    @Test
    void aTricklingServerHoldsAWholeRoundOfMailForOneDeadlineOnly(@TempDir Path folder) throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.TRICKLE);
        try (TestStore store = new TestStore(folder)) {
            Outbox outbox = new Outbox(store.outbox, Clock.systemUTC(), "example.test");
            for (int i = 0; i < 10; i++) {
                outbox.enqueue(new NewMail("c" + i + "@example.test", "s", "b", false));
            }
            OutboxSender sender = new OutboxSender(store.outbox, Optional.of(transport()), Clock.systemUTC(), "desk-1",
                    OutboxSender.DEFAULT_GIVE_UP);
            long start = System.nanoTime();
            assertThat(sender.deliverDue()).isEqualTo(new OutboxSender.Round(0, 10));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plusSeconds(2));
            assertThat(store.outbox.unsent()).hasSize(10);
        }
    }

    private void assertTemporaryWithinTheDeadline(Attempt attempt, String reason) {
        assertThat(attempt.failure()).as("the attempt fails").isNotNull();
        assertThat(attempt.failure().kind()).as("no answer to the mail itself: the server is down")
                .isEqualTo(MailTransport.DeliveryFailed.Kind.SERVER_DOWN);
        assertThat(attempt.failure().getMessage()).contains(reason);
        assertThat(attempt.took()).isLessThan(DEADLINE.plusSeconds(2));
    }

    private SmtpTransport transport() {
        return new SmtpTransport(new SmtpSettings("127.0.0.1", server.port(), Optional.empty(),
                Optional.empty(), false, false, "License Desk <no-reply@example.test>"), DEADLINE);
    }

    private Attempt attempt() {
        SmtpTransport transport = transport();
        OutboxMail mail = new OutboxMail(1, "<1@example.test>", "tanaka@example.co.jp", "件名", "本文", Fixtures.NOW,
                0, Fixtures.NOW, Optional.empty(), Optional.empty(), OutboxMail.State.WAITING, false);
        long start = System.nanoTime();
        MailTransport.DeliveryFailed failure = catchThrowableOfType(() -> transport.send(mail),
                MailTransport.DeliveryFailed.class);
        return new Attempt(failure, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Attempt(MailTransport.DeliveryFailed failure, Duration took) {
    }
}
