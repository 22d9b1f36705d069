package com.licensedesk.auth;

import com.licensedesk.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The lockout rule: 5 failed sign-ins within 15 minutes lock the login ID for 15 minutes. */
public final class Lockout {
    public static final int FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    /** How far back failures can still matter: a window, then the time it locks for. */
    public static final Duration LOOK_BACK = WINDOW.plus(LOCKED_FOR);

    private Lockout() {
    }

    /** Until when the login ID is locked at {@code now}, given its recent failures, oldest first. */
    public static Optional<Instant> lockedUntil(List<Instant> failures, Instant now) {
        Optional<Instant> until = Optional.empty();
        for (int last = FAILURES - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - FAILURES + 1);
            Instant fifth = failures.get(last);
            if (!fifth.isAfter(first.plus(WINDOW))) {
                until = Optional.of(fifth.plus(LOCKED_FOR));
            }
        }
        return until.filter(now::isBefore);
    }

    /** The message for a locked login ID, with the whole minutes left, at least 1, wherever it was refused. */
    public static String message(Messages messages, Instant until, Instant now) {
        return messages.get("auth.login.error.locked", Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60));
    }
}
