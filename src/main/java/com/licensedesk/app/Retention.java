package com.licensedesk.app;

import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.mail.OutboxRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is kept and for how long: sent mail (41 % of a busy database, and its bodies name customers) and sign-in
 * attempts (needed for minutes, for the lockout) are deleted after their days; the audit log is kept until an admin
 * prunes it ({@code license-desk audit prune}). Run with the day's work, on every desk: deleting twice is harmless.
 */
final class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final OutboxRepository outbox;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final Duration sentMail;
    private final Duration signIns;

    Retention(OutboxRepository outbox, SignInAttempts attempts, Clock clock, int sentMailDays, int signInDays) {
        this.outbox = outbox;
        this.attempts = attempts;
        this.clock = clock;
        this.sentMail = Duration.ofDays(sentMailDays);
        this.signIns = Duration.ofDays(signInDays);
    }

    /** Deletes what has outlived its days; returns how many rows went. */
    int prune() {
        int mail = outbox.pruneSent(clock.instant().minus(sentMail));
        int tries = attempts.prune(clock.instant().minus(signIns));
        if (mail + tries > 0) {
            LOG.info("Retention: {} sent mails and {} sign-in attempts deleted", mail, tries);
        }
        return mail + tries;
    }
}
