package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.licensedesk.testing.TestDesk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long a sender holds mail, and how it lets go: a desk that closes finishes and records the attempt in flight and
 * frees the rest at once; a mail the server took but nobody recorded goes once more 90 s after its attempt began.
 */
class OutboxLeaseTest {
    /** An SMTP attempt's deadline (60 s) and the lease's margin (30 s): the window the README states. */
    private static final Duration WINDOW = Duration.ofSeconds(90);
    private static final long BOUND_SECONDS = 60;
    @RegisterExtension final TestDesk desk = TestDesk.empty();

    @Test
    void aClosingDeskFinishesAndRecordsTheAttemptInFlightThenFreesWhatItDidNotTryAndOnlyThenClosesItsPool()
            throws Exception {
        List<String> queued = enqueue(desk, 5);
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        MailTransport slowToAnswer = mail -> {
            inFlight.countDown();
            await(answer);
            accepted.add(mail.messageId());
        };
        OutboxSender sender = desk.servicesWith(options -> options.transport(slowToAnswer)).mailSender;
        CompletableFuture<OutboxSender.Round> round = CompletableFuture.supplyAsync(sender::deliverDue);
        assertThat(inFlight.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean stopped = new AtomicBoolean();
        Thread closing = new Thread(() -> {
            stopped.set(sender.stop(Duration.ofSeconds(BOUND_SECONDS)));
            desk.close();
        });
        closing.start();
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS,
                () -> closing.getState() == Thread.State.TIMED_WAITING || !closing.isAlive());
        answer.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));

        assertThat(closing.isAlive()).as("closed").isFalse();
        assertThat(stopped).as("the round ended before the pool closed").isTrue();
        assertThat(round.get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo(new OutboxSender.Round(1, 0));
        assertThat(accepted).containsExactly(queued.get(0));
        try (TestDesk other = desk.anotherDesk()) {
            assertThat(other.store().outbox.list(Optional.of(OutboxMail.State.SENT), 10)).as("recorded as sent")
                    .extracting(OutboxMail::messageId).containsExactly(queued.get(0));
            assertThat(other.store().outbox.claim("desk-2", desk.clock().instant(), WINDOW, 10))
                    .as("the rest is another desk's at the instant of the close, untried")
                    .allSatisfy(mail -> assertThat(mail.attempts()).isZero())
                    .extracting(OutboxMail::messageId).containsExactlyElementsOf(queued.subList(1, 5));
        }
        assertThat(sender.deliverDue()).as("a stopped sender tries nothing").isEqualTo(new OutboxSender.Round(0, 0));
    }

    @Test
    void aMailTheServerTookButNobodyRecordedGoesOnceMoreWithItsMessageIdNinetySecondsAfterItsAttemptBegan() {
        List<String> queued = enqueue(desk, 3);
        List<String> accepted = new ArrayList<>();
        MailTransport takesItThenTheDatabaseGoes = mail -> {
            accepted.add(mail.messageId());
            desk.close();
        };
        OutboxSender dying = desk.servicesWith(options -> options.transport(takesItThenTheDatabaseGoes)).mailSender;
        assertThat(catchThrowable(dying::deliverDue)).as("the database is gone").isNotNull();
        assertThat(accepted).as("nothing more tried without a database").containsExactly(queued.get(0));

        try (TestDesk other = desk.anotherDesk()) {
            desk.clock().advance(WINDOW);
            assertThat(other.store().outbox.claim("desk-2", desk.clock().instant(), WINDOW, 10)).as("held for 90 s")
                    .isEmpty();
            desk.clock().advance(Duration.ofSeconds(1));
            OutboxSender next = other.servicesWith(options -> options.deskName("desk-2")
                    .transport(mail -> accepted.add(mail.messageId()))).mailSender;
            assertThat(next.deliverDue()).isEqualTo(new OutboxSender.Round(3, 0));
            assertThat(accepted).as("the one copy more has the same Message-ID, for the receiver to drop")
                    .containsExactly(queued.get(0), queued.get(0), queued.get(1), queued.get(2));
        }
    }

    @Test
    void aMailWhoseClaimRanOutAndThatAnotherSenderTookIsLeftToThatSender() {
        List<String> queued = enqueue(desk, 3);
        List<String> tried = new ArrayList<>();
        List<OutboxMail> takenByTheOther = new ArrayList<>();
        MailTransport slowServer = mail -> {
            desk.clock().advance(Duration.ofSeconds(50));
            tried.add(mail.messageId());
            if (tried.size() == 2) {
                // 100 s after the claim: the third mail's claim has run out, the second's attempt has not.
                takenByTheOther.addAll(desk.store().outbox.claim("desk-2", desk.clock().instant(), WINDOW, 10));
            }
        };
        OutboxSender first = desk.servicesWith(options -> options.transport(slowServer)).mailSender;

        assertThat(first.deliverDue()).isEqualTo(new OutboxSender.Round(2, 0));

        assertThat(takenByTheOther).extracting(OutboxMail::messageId).containsExactly(queued.get(2));
        assertThat(tried).as("not sent by both").containsExactly(queued.get(0), queued.get(1));
        assertThat(desk.store().outbox.markSent(takenByTheOther.get(0).id(), "desk-2", desk.clock().instant()))
                .isTrue();
    }

    private static List<String> enqueue(TestDesk desk, int count) {
        Outbox outbox = new Outbox(desk.store().outbox, desk.clock(), "example.test");
        List<String> messageIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messageIds.add(outbox.enqueue(new NewMail("c" + i + "@example.test", "Mail " + i, "Body " + i, false)));
        }
        return messageIds;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
