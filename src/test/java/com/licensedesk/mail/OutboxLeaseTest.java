package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long a sender holds mail, and how it lets go: a desk that closes finishes and records the attempt in flight and
 * frees the rest at once; a mail the server took but nobody recorded goes once more 90 s after its attempt began.
 */
class OutboxLeaseTest {
    /** An SMTP attempt's deadline (60 s) and the lease's margin (30 s): the window the README states. */
    private static final Duration WINDOW = Duration.ofSeconds(90);
    private static final long BOUND_SECONDS = 60;
    @TempDir Path folder;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);

    @Test
    void aClosingDeskFinishesAndRecordsTheAttemptInFlightThenFreesWhatItDidNotTryAndOnlyThenClosesItsPool()
            throws Exception {
        TestStore desk = new TestStore(folder);
        List<String> queued = enqueue(desk, 5);
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        MailTransport slowToAnswer = mail -> {
            inFlight.countDown();
            await(answer);
            accepted.add(mail.messageId());
        };
        OutboxSender sender = new OutboxSender(desk.outbox, Optional.of(slowToAnswer), clock, "desk-1",
                OutboxSender.DEFAULT_GIVE_UP);
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
        try (TestStore other = new TestStore(folder)) {
            assertThat(other.outbox.list(Optional.of(OutboxMail.State.SENT), 10)).as("recorded as sent")
                    .extracting(OutboxMail::messageId).containsExactly(queued.get(0));
            assertThat(other.outbox.claim("desk-2", clock.instant(), WINDOW, 10))
                    .as("the rest is another desk's at the instant of the close, untried")
                    .allSatisfy(mail -> assertThat(mail.attempts()).isZero())
                    .extracting(OutboxMail::messageId).containsExactlyElementsOf(queued.subList(1, 5));
        }
        assertThat(sender.deliverDue()).as("a stopped sender tries nothing").isEqualTo(new OutboxSender.Round(0, 0));
    }

    @Test
    void aMailTheServerTookButNobodyRecordedGoesOnceMoreWithItsMessageIdNinetySecondsAfterItsAttemptBegan() {
        TestStore desk = new TestStore(folder);
        List<String> queued = enqueue(desk, 3);
        List<String> accepted = new ArrayList<>();
        MailTransport takesItThenTheDatabaseGoes = mail -> {
            accepted.add(mail.messageId());
            desk.close();
        };
        OutboxSender dying = new OutboxSender(desk.outbox, Optional.of(takesItThenTheDatabaseGoes), clock, "desk-1",
                OutboxSender.DEFAULT_GIVE_UP);
        assertThat(catchThrowable(dying::deliverDue)).as("the database is gone").isNotNull();
        assertThat(accepted).as("nothing more tried without a database").containsExactly(queued.get(0));

        try (TestStore other = new TestStore(folder)) {
            clock.advance(WINDOW);
            assertThat(other.outbox.claim("desk-2", clock.instant(), WINDOW, 10)).as("held for 90 s").isEmpty();
            clock.advance(Duration.ofSeconds(1));
            OutboxSender next = new OutboxSender(other.outbox, Optional.of(mail -> accepted.add(mail.messageId())),
                    clock, "desk-2", OutboxSender.DEFAULT_GIVE_UP);
            assertThat(next.deliverDue()).isEqualTo(new OutboxSender.Round(3, 0));
            assertThat(accepted).as("the one copy more has the same Message-ID, for the receiver to drop")
                    .containsExactly(queued.get(0), queued.get(0), queued.get(1), queued.get(2));
        }
    }

    @Test
    void aMailWhoseClaimRanOutAndThatAnotherSenderTookIsLeftToThatSender() {
        try (TestStore store = new TestStore(folder)) {
            List<String> queued = enqueue(store, 3);
            List<String> tried = new ArrayList<>();
            List<OutboxMail> takenByTheOther = new ArrayList<>();
            MailTransport slowServer = mail -> {
                clock.advance(Duration.ofSeconds(50));
                tried.add(mail.messageId());
                if (tried.size() == 2) {
                    // 100 s after the claim: the third mail's claim has run out, the second's attempt has not.
                    takenByTheOther.addAll(store.outbox.claim("desk-2", clock.instant(), WINDOW, 10));
                }
            };
            OutboxSender first = new OutboxSender(store.outbox, Optional.of(slowServer), clock, "desk-1",
                    OutboxSender.DEFAULT_GIVE_UP);

            assertThat(first.deliverDue()).isEqualTo(new OutboxSender.Round(2, 0));

            assertThat(takenByTheOther).extracting(OutboxMail::messageId).containsExactly(queued.get(2));
            assertThat(tried).as("not sent by both").containsExactly(queued.get(0), queued.get(1));
            assertThat(store.outbox.markSent(takenByTheOther.get(0).id(), "desk-2", clock.instant())).isTrue();
        }
    }

    private List<String> enqueue(TestStore store, int count) {
        Outbox outbox = new Outbox(store.outbox, clock, "example.test");
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
