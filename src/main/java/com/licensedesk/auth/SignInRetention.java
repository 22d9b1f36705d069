package com.licensedesk.auth;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in attempts are needed for minutes, for the lockout, and are deleted after their days. A job of the desk's
 * daily work, run on every desk: deleting twice is harmless.
 */
public final class SignInRetention {
    private static final Logger LOG = LoggerFactory.getLogger(SignInRetention.class);

    private final SignInAttempts attempts;
    private final Clock clock;
    private final Duration kept;

    public SignInRetention(SignInAttempts attempts, Clock clock, int days) {
        this.attempts = attempts;
        this.clock = clock;
        this.kept = Duration.ofDays(days);
    }

    /** Deletes the attempts older than their days; returns how many went. */
    public int prune() {
        int deleted = attempts.prune(clock.instant().minus(kept));
        if (deleted > 0) {
            LOG.info("Retention: {} sign-in attempts deleted", deleted);
        }
        return deleted;
    }
}
