package com.licensedesk.mail;

import com.licensedesk.domain.StorageTrouble;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background. Due mail is first claimed in batches (a lease in the database, so that other
 * desks and {@code outbox send} leave it alone); each mail's lease is renewed just before it is handed to the server,
 * so that a mail the server took but this sender could not record (the desk died, or its database) goes again, with
 * its Message-ID, a stated time after its attempt began: the transport's longest attempt and {@link #LEASE_MARGIN}
 * (90 s with SMTP's 60 s deadline). A temporary refusal or an unreachable server puts the mail back with a later
 * attempt, doubling from 30 seconds up to 15 minutes; a 5xx answer fails it at once with the server's words; a mail
 * still refused after {@code giveUpAfter} (3 days by default) fails too. It never touches the change that caused the
 * mail. Without a transport (no SMTP configured) mail simply waits. A desk that closes {@link #stop}s it first.
 */
public final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final Duration DEFAULT_GIVE_UP = Duration.ofDays(3);
    /**
     * A lease is one attempt's longest and this more (recording the outcome on a slow database): a sender that died
     * holding mail lets it go after that, and never while its attempt may still be under way.
     */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    /** A desk that closes waits for the attempt in flight and this more, to record it and let go of the rest. */
    static final Duration STOP_MARGIN = Duration.ofSeconds(10);
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 100;

    private final OutboxRepository outbox;
    private final Optional<MailTransport> transport;
    private final Clock clock;
    private final String owner;
    private final Duration giveUpAfter;
    /** Held for a whole round: {@link #stop} waits on it for the round in flight. */
    private final ReentrantLock round = new ReentrantLock();
    private volatile boolean stopping;
    private ScheduledExecutorService scheduler;

    /** {@code desk} names this sender's leases (with a random part: two processes of one desk differ too). */
    public OutboxSender(OutboxRepository outbox, Optional<MailTransport> transport, Clock clock, String desk,
                        Duration giveUpAfter) {
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
        this.owner = cut(desk, 80) + ":" + UUID.randomUUID();
        this.giveUpAfter = giveUpAfter;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    public boolean canSend() {
        return transport.isPresent();
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Sends every mail that is due now; returns how many the server accepted. See {@link #deliverDue()}. */
    public int sendDue() {
        return deliverDue().sent();
    }

    /** What a round came to: mail the server accepted, and mail this sender tried that did not go (yet). */
    public record Round(int sent, int notSent) {
    }

    /**
     * Sends every mail that is due now. Mail whose content lapsed is dropped
     * first, also on a desk without a server. When the server is down, the rest of the round waits with the mail that
     * found it so: one dead server costs one deadline per round, not one per mail. Once {@link #stop} is called, no
     * more mail is tried.
     */
    public Round deliverDue() {
        round.lock();
        try {
            return stopping ? new Round(0, 0) : deliverDueHeld();
        } finally {
            round.unlock();
        }
    }

    private Round deliverDueHeld() {
        Instant start = clock.instant();
        int expired = outbox.expire(start);
        if (expired > 0) {
            LOG.info("{} mail expired unsent", expired);
        }
        if (transport.isEmpty()) {
            return new Round(0, 0);
        }
        Duration lease = longestAttempt().plus(LEASE_MARGIN);
        int sent = 0;
        int notSent = 0;
        // A mail that fails is put back with a later time, so each round claims new mail until none is free; the
        // bound only guards against a mail that can be neither sent nor put back.
        for (int batch = 0; batch < MAX_ROUNDS && !stopping; batch++) {
            List<OutboxMail> due = outbox.claim(owner, clock.instant(), lease, BATCH);
            for (int i = 0; i < due.size(); i++) {
                if (stopping) {
                    // The desk closes: what it claimed and has not tried is any other sender's at once.
                    outbox.release(ids(due.subList(i, due.size())), owner, clock.instant());
                    return new Round(sent, notSent);
                }
                OutboxMail mail = due.get(i);
                // The lease runs from the attempt, not from the batch's claim; a mail whose claim ran out and that
                // another sender took meanwhile is that sender's to send.
                if (!outbox.hold(mail.id(), owner, clock.instant(), lease)) {
                    continue;
                }
                Attempt attempt = deliver(mail);
                if (attempt.serverDownUntil().isPresent()) {
                    outbox.release(ids(due.subList(i + 1, due.size())), owner, attempt.serverDownUntil().get());
                    return new Round(sent, notSent + due.size() - i);
                }
                sent += attempt.sent() ? 1 : 0;
                notSent += attempt.sent() ? 0 : 1;
            }
            // Not "fewer than a batch": with other senders about, a round may win only part of what it saw free.
            if (due.isEmpty()) {
                break;
            }
        }
        return new Round(sent, notSent);
    }

    private static List<Long> ids(List<OutboxMail> mail) {
        return mail.stream().map(OutboxMail::id).toList();
    }

    /** The longest one attempt takes; without a transport nothing is attempted. */
    private Duration longestAttempt() {
        return transport.map(MailTransport::longestAttempt).orElse(Duration.ZERO);
    }

    /**
     * Stops sending, for a desk that closes: no more mail is claimed or tried; the attempt in flight finishes (its
     * transport's deadline ends it) and is recorded; the mail this sender claimed and did not try is free at once for
     * any other sender. Waits for that at most the transport's longest attempt and {@link #STOP_MARGIN} (70 s with
     * SMTP); false when the round had not ended by then (its mail's lease then runs out as after a crash). The mail
     * thread is never interrupted: an attempt cut short could leave a mail the server took unrecorded.
     */
    public boolean stop() {
        return stop(longestAttempt().plus(STOP_MARGIN));
    }

    boolean stop(Duration deadline) {
        stopping = true;
        try {
            if (!round.tryLock(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        round.unlock();
        return true;
    }

    /** Failed mail back to waiting (operator's resend, {@code outbox send --retry-failed}); returns how many. */
    public int retryFailed() {
        return outbox.retryAllFailed(clock.instant());
    }

    /** How one attempt went: when the server is down, the time the rest of the round waits for too. */
    private record Attempt(boolean sent, Optional<Instant> serverDownUntil) {
        static final Attempt SENT = new Attempt(true, Optional.empty());
        static final Attempt DEALT_WITH = new Attempt(false, Optional.empty());
    }

    private Attempt deliver(OutboxMail mail) {
        try {
            transport.get().send(mail);
            outbox.markSent(mail.id(), owner, clock.instant());
            // Logs name mail by id: addresses are the customers'.
            LOG.info("Mail {} sent", mail.id());
            return Attempt.SENT;
        } catch (MailTransport.DeliveryFailed e) {
            Instant now = clock.instant();
            if (e.permanent()) {
                outbox.markFailed(mail.id(), owner, e.getMessage(), now);
                LOG.warn("Mail {} refused for good: {}", mail.id(), withoutAddresses(e.getMessage()));
                return Attempt.DEALT_WITH;
            }
            if (!now.isBefore(mail.createdAt().plus(giveUpAfter))) {
                outbox.markFailed(mail.id(), owner, e.getMessage(), now);
                LOG.warn("Mail {} given up after {}: {}", mail.id(), giveUpAfter, withoutAddresses(e.getMessage()));
                return Attempt.DEALT_WITH;
            }
            Instant next = now.plus(backoff(mail.attempts() + 1));
            outbox.markRetry(mail.id(), owner, e.getMessage(), next);
            LOG.warn("Mail {} not sent ({}); next attempt at {}", mail.id(), withoutAddresses(e.getMessage()), next);
            return e.kind() == MailTransport.DeliveryFailed.Kind.SERVER_DOWN ? new Attempt(false, Optional.of(next))
                    : Attempt.DEALT_WITH;
        } catch (RuntimeException e) {
            LOG.error("Mail {} could not be handled", mail.id(), e);
            return Attempt.DEALT_WITH;
        }
    }

    /** A server's answer for the log: servers quote the recipient, and logs name mail by id only. */
    static String withoutAddresses(String answer) {
        return String.valueOf(answer).replaceAll("[^\\s<>\"']+@[^\\s<>\"']+", "…");
    }

    /** Starts sending in the background every {@code period}; {@link #wake()} sends at once. */
    public void start(ScheduledExecutorService scheduler, Duration period) {
        if (transport.isEmpty()) {
            // Still runs: lapsed mail is dropped on a desk without a server too.
            LOG.info("No SMTP server configured: mail waits in the outbox");
        }
        this.scheduler = scheduler;
        scheduler.scheduleWithFixedDelay(this::sendDueQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends due mail soon, without waiting for the next round: called after a change wrote mail. */
    public void wake() {
        if (transport.isPresent() && !stopping && scheduler != null && !scheduler.isShutdown()) {
            try {
                scheduler.execute(this::sendDueQuietly);
            } catch (RejectedExecutionException closing) {
                // The desk closed in between: the mail waits for the next desk's round, its change stands.
            }
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (StorageTrouble e) {
            // Every round while it lasts: a line each, the store logged the trace when it began.
            LOG.warn("The outbox could not be read: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The outbox could not be read", e);
        }
    }
}
