package com.licensedesk.mail;

import com.licensedesk.domain.StorageTrouble;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background. Each due mail is first claimed (a lease in the database, so that other desks
 * and {@code outbox send} leave it alone), then handed to the server. A temporary refusal or an unreachable server puts
 * the mail back with a later attempt, doubling from 30 seconds up to 15 minutes; a 5xx answer fails it at once with
 * the server's words; a mail still refused after {@code giveUpAfter} (3 days by default) fails too. It never touches
 * the change that caused the mail. Without a transport (no SMTP configured) mail simply waits.
 */
public final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final Duration DEFAULT_GIVE_UP = Duration.ofDays(3);
    /** Longer than one attempt can take: a sender that died holding a mail lets it go after this. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 100;

    private final OutboxRepository outbox;
    private final Optional<MailTransport> transport;
    private final Clock clock;
    private final String owner;
    private final Duration giveUpAfter;
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
     * found it so: one dead server costs one deadline per round, not one per mail.
     */
    public synchronized Round deliverDue() {
        Instant start = clock.instant();
        int expired = outbox.expire(start);
        if (expired > 0) {
            LOG.info("{} mail expired unsent", expired);
        }
        if (transport.isEmpty()) {
            return new Round(0, 0);
        }
        int sent = 0;
        int notSent = 0;
        // A mail that fails is put back with a later time, so each round claims new mail until none is free; the
        // bound only guards against a mail that can be neither sent nor put back.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxMail> due = outbox.claim(owner, clock.instant(), LEASE, BATCH);
            for (int i = 0; i < due.size(); i++) {
                Attempt attempt = deliver(due.get(i));
                if (attempt.serverDownUntil().isPresent()) {
                    outbox.release(due.subList(i + 1, due.size()).stream().map(OutboxMail::id).toList(), owner,
                            attempt.serverDownUntil().get());
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
        if (transport.isPresent() && scheduler != null && !scheduler.isShutdown()) {
            scheduler.execute(this::sendDueQuietly);
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
