package com.licensedesk.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: each due mail is handed to the server; a refused or unreachable server puts
 * the mail back with a later attempt time, doubling from 30 seconds up to an hour. It never touches the change that
 * caused the mail. Without a transport (no SMTP configured) mail simply waits.
 */
public final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 100;

    private final OutboxRepository outbox;
    private final Optional<MailTransport> transport;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public OutboxSender(OutboxRepository outbox, Optional<MailTransport> transport, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
    }

    public boolean canSend() {
        return transport.isPresent();
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Sends every mail that is due now; returns how many the server accepted. */
    public synchronized int sendDue() {
        if (transport.isEmpty()) {
            return 0;
        }
        int sent = 0;
        // A mail that fails is put back with a later time, so each round sees new mail; the bound only guards
        // against a mail that can be neither sent nor put back.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxMail> due = outbox.due(clock.instant(), BATCH);
            for (OutboxMail mail : due) {
                if (deliver(mail)) {
                    sent++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxMail mail) {
        try {
            transport.get().send(mail);
            outbox.markSent(mail.id(), clock.instant());
            LOG.info("Mail {} to {} sent", mail.messageId(), mail.recipient());
            return true;
        } catch (MailTransport.DeliveryFailed e) {
            Instant next = clock.instant().plus(backoff(mail.attempts() + 1));
            outbox.markFailed(mail.id(), e.getMessage(), next);
            LOG.warn("Mail {} not sent ({}); next attempt at {}", mail.messageId(), e.getMessage(), next);
            return false;
        } catch (RuntimeException e) {
            LOG.error("Mail {} could not be handled", mail.messageId(), e);
            return false;
        }
    }

    /** Starts sending in the background every {@code period}; {@link #wake()} sends at once. */
    public void start(ScheduledExecutorService scheduler, Duration period) {
        if (transport.isEmpty()) {
            LOG.info("No SMTP server configured: mail waits in the outbox");
            return;
        }
        this.scheduler = scheduler;
        scheduler.scheduleWithFixedDelay(this::sendDueQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends due mail soon, without waiting for the next round: called after a change wrote mail. */
    public void wake() {
        if (scheduler != null && !scheduler.isShutdown()) {
            scheduler.execute(this::sendDueQuietly);
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.error("The outbox could not be read", e);
        }
    }
}
