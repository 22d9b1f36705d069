package com.licensedesk.mail;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sent mail is kept for its days and then deleted (it is 41 % of a busy database, and its bodies name customers); mail
 * still waiting or failed is never deleted. A job of the desk's daily work, run on every desk: deleting twice is
 * harmless. The audit log is kept until an admin prunes it ({@code license-desk audit prune}).
 */
public final class SentMailRetention {
    private static final Logger LOG = LoggerFactory.getLogger(SentMailRetention.class);

    private final OutboxRepository outbox;
    private final Clock clock;
    private final Duration kept;

    public SentMailRetention(OutboxRepository outbox, Clock clock, int days) {
        this.outbox = outbox;
        this.clock = clock;
        this.kept = Duration.ofDays(days);
    }

    /** Deletes the mail sent longer ago than its days; returns how many went. */
    public int prune() {
        int deleted = outbox.pruneSent(clock.instant().minus(kept));
        if (deleted > 0) {
            LOG.info("Retention: {} sent mails deleted", deleted);
        }
        return deleted;
    }
}
