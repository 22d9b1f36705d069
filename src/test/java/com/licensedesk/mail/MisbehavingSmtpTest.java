package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MisbehavingSmtp;
import com.licensedesk.testing.MovableClock;
import com.licensedesk.testing.TestDesk;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A loopback SMTP server of the test's own that misbehaves as real ones do; the attempt's deadline ends what no
 * per-read timeout would, and only a 5xx answer is a permanent failure. The test says when the deadline has passed,
 * once the server has stopped answering: no attempt is timed.
 */
class MisbehavingSmtpTest {
    /** Named in the failure; it passes only when the test says so. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** For the server to stall: far more than it takes, and under the transport's per-read timeout of 20 s. */
    private static final long STALL_SECONDS = 15;
    /** For an attempt or a round to end once its deadline has passed. */
    private static final long END_SECONDS = 60;
    private final DeadlineTheTestPasses deadline = new DeadlineTheTestPasses();
    private MisbehavingSmtp server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aServerThatNeverGreetsCostsOneDeadline() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.SILENT);
        assertEndedByTheDeadline(attemptPastTheDeadline());
    }

    @Test
    void aServerThatGreetsAByteAtATimeCostsOneDeadline() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.TRICKLE);
        assertEndedByTheDeadline(attemptPastTheDeadline());
    }

    /**
     * The deadline may pass before the attempt's socket is connected (a desk that slept, or, on a loaded machine, the
     * moment between the server taking the connection and the client's connect returning): the socket the deadline
     * closed or refused is not replaced by one it knows nothing of, which the trickling server would hold for good.
     */
    @Test
    void aDeadlinePassedBeforeTheConnectionEndsTheAttemptWithoutAnotherSocket() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.TRICKLE);
        SmtpTransport.Watchdog passedAlready = (atDeadline, after) -> {
            atDeadline.run();
            return () -> { };
        };
        SmtpTransport transport = transport(passedAlready);

        assertEndedByTheDeadline(CompletableFuture.supplyAsync(() -> attempt(transport))
                .get(END_SECONDS, TimeUnit.SECONDS));
        assertThat(server.connections()).as("no connection made without the deadline").isZero();
    }

    @Test
    void aServerThatTakesTheDataAndNeverAnswersCostsOneDeadline() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.NO_ANSWER_TO_DATA);
        assertEndedByTheDeadline(attemptPastTheDeadline());
    }

    @Test
    void aBusyServerIsATemporaryFailure() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.BUSY_421);
        MailTransport.DeliveryFailed failure = attempt();
        assertThat(failure).as("the attempt fails").isNotNull();
        assertThat(failure.kind()).as("421 answers no mail: the server is down")
                .isEqualTo(MailTransport.DeliveryFailed.Kind.SERVER_DOWN);
        assertThat(failure.getMessage()).contains("421");
    }

    @Test
    void anUnknownMailboxIsAPermanentFailureWithTheServersAnswer() throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.NO_SUCH_USER_550);
        MailTransport.DeliveryFailed failure = attempt();
        assertThat(failure.permanent()).isTrue();
        assertThat(failure.getMessage()).contains("550");
    }

    @Test
    void aTricklingServerHoldsAWholeRoundOfMailForOneDeadlineOnly(@TempDir Path folder) throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.TRICKLE);
        try (TestDesk desk = TestDesk.empty().with(options -> options.transport(transport())).open(folder)) {
            MovableClock clock = desk.clock();
            Outbox outbox = new Outbox(desk.store().outbox, clock, "example.test");
            for (int i = 0; i < 10; i++) {
                outbox.enqueue(new NewMail("c" + i + "@example.test", "s", "b", false));
            }
            OutboxSender sender = desk.services().mailSender;
            CompletableFuture<OutboxSender.Round> round = CompletableFuture.supplyAsync(sender::deliverDue);
            passTheDeadlineOnceTheServerStalls();

            assertThat(round.get(END_SECONDS, TimeUnit.SECONDS)).isEqualTo(new OutboxSender.Round(0, 10));
            assertThat(server.connections()).as("one attempt for the whole round").isEqualTo(1);
            assertThat(desk.store().outbox.unsent()).hasSize(10)
                    .allSatisfy(mail -> assertThat(mail.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30)));
        }
    }

    private static void assertEndedByTheDeadline(MailTransport.DeliveryFailed failure) {
        assertThat(failure).as("the attempt fails").isNotNull();
        assertThat(failure.kind()).as("no answer to the mail itself: the server is down")
                .isEqualTo(MailTransport.DeliveryFailed.Kind.SERVER_DOWN);
        assertThat(failure.getMessage()).as("the deadline ended it, not a read's timeout").contains("within 60 s");
    }

    private SmtpTransport transport() {
        return transport(deadline);
    }

    private SmtpTransport transport(SmtpTransport.Watchdog watchdog) {
        return new SmtpTransport(new SmtpSettings("127.0.0.1", server.port(), Optional.empty(),
                Optional.empty(), false, false, "License Desk <no-reply@example.test>"), DEADLINE, watchdog);
    }

    private MailTransport.DeliveryFailed attempt() {
        return attempt(transport());
    }

    private static MailTransport.DeliveryFailed attempt(SmtpTransport transport) {
        OutboxMail mail = new OutboxMail(1, "<1@example.test>", "tanaka@example.co.jp", "件名", "本文", Fixtures.NOW,
                0, Fixtures.NOW, Optional.empty(), Optional.empty(), OutboxMail.State.WAITING, false);
        return catchThrowableOfType(() -> transport.send(mail), MailTransport.DeliveryFailed.class);
    }

    /** An attempt under way until the server stalls and the test says the deadline has passed. */
    private MailTransport.DeliveryFailed attemptPastTheDeadline() throws Exception {
        CompletableFuture<MailTransport.DeliveryFailed> attempt = CompletableFuture.supplyAsync(this::attempt);
        passTheDeadlineOnceTheServerStalls();
        return attempt.get(END_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The server's first byte may leave before the client's connect has returned: on a loaded machine the deadline
     * then passes while the attempt connects, and must end it as surely as during the greeting.
     */
    private void passTheDeadlineOnceTheServerStalls() throws Exception {
        WaitForAsyncUtils.waitFor(STALL_SECONDS, TimeUnit.SECONDS, () -> server.stalled() == 1);
        deadline.pass();
    }

    /** The transport's watchdog, whose deadline passes when the test says so. */
    private static final class DeadlineTheTestPasses implements SmtpTransport.Watchdog {
        private final AtomicReference<Runnable> watched = new AtomicReference<>();

        @Override
        public Runnable watch(Runnable atDeadline, Duration after) {
            watched.set(atDeadline);
            return () -> watched.compareAndSet(atDeadline, null);
        }

        void pass() {
            Runnable atDeadline = watched.getAndSet(null);
            assertThat(atDeadline).as("an attempt under way").isNotNull();
            atDeadline.run();
        }
    }
}
