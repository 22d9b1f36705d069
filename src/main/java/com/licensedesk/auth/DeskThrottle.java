package com.licensedesk.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Slows a desk down that fails to sign in across many login IDs (the per-login-ID lockout does not see someone who
 * tries one password on a hundred IDs): past 30 failures within 10 minutes, each further attempt from this desk waits a
 * second more per failure, up to 10 seconds. Customers' and staff sign-ins count together. In memory: per desk process.
 */
public final class DeskThrottle {
    static final int FREE_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private final Deque<Instant> failures = new ArrayDeque<>();
    private final Clock clock;
    private final Consumer<Duration> sleeper;

    /** {@code sleeper} waits for the given time: {@link #sleep} in the application, a recorder in tests. */
    public DeskThrottle(Clock clock, Consumer<Duration> sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A failed attempt from this desk. */
    public synchronized void failed() {
        failures.addLast(clock.instant());
    }

    /** Before an attempt: waits when this desk has failed too often lately. Call it off the FX thread. */
    public void pause() {
        Duration pause = pauseNow();
        if (!pause.isZero()) {
            sleeper.accept(pause);
        }
    }

    synchronized Duration pauseNow() {
        Instant since = clock.instant().minus(WINDOW);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
        int over = failures.size() - FREE_FAILURES + 1;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofSeconds(over);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
