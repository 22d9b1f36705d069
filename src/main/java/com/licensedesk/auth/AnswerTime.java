package com.licensedesk.auth;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The least time an answer takes, so that its time does not tell what was found: work that ends sooner waits for the
 * rest. The time is read from {@code nanoTime} and waited for by {@code sleeper}; the application's are the machine's
 * monotonic clock and a sleep, a test moves its own and records the waits.
 */
public final class AnswerTime {
    private final Duration least;
    private final LongSupplier nanoTime;
    private final Consumer<Duration> sleeper;

    public AnswerTime(Duration least, LongSupplier nanoTime, Consumer<Duration> sleeper) {
        this.least = least;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** {@code least} on this machine: {@link System#nanoTime()}, and a sleep for the rest. */
    public static AnswerTime onThisMachine(Duration least) {
        return new AnswerTime(least, System::nanoTime, DeskThrottle::sleep);
    }

    /** The work's answer, once at least the answer time has passed since it began. */
    <T> T of(Supplier<T> work) {
        long start = nanoTime.getAsLong();
        T answer = work.get();
        Duration left = least.minusNanos(nanoTime.getAsLong() - start);
        if (!left.isNegative() && !left.isZero()) {
            sleeper.accept(left);
        }
        return answer;
    }
}
