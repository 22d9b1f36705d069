package com.licensedesk.auth;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * An answer that takes the same time however it came about: the work, then a wait for what is left of
 * {@code answerTime}. Its time then does not tell whether an account was found, mail was written, or none of it.
 */
public final class EvenAnswer {
    private final Duration answerTime;
    private final LongSupplier nanoTime;
    private final Consumer<Duration> sleeper;

    /** {@code nanoTime} and {@code sleeper}: the system's in the application, a movable pair in tests. */
    public EvenAnswer(Duration answerTime, LongSupplier nanoTime, Consumer<Duration> sleeper) {
        this.answerTime = answerTime;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** The real one: the system's monotonic time and sleep. */
    public static EvenAnswer taking(Duration answerTime) {
        return new EvenAnswer(answerTime, System::nanoTime, DeskThrottle::sleep);
    }

    /** No wait at all: for tests that do not look at the time. */
    public static EvenAnswer immediate() {
        return new EvenAnswer(Duration.ZERO, () -> 0, pause -> { });
    }

    public <T> T take(Supplier<T> work) {
        long start = nanoTime.getAsLong();
        T answer = work.get();
        long left = answerTime.toNanos() - (nanoTime.getAsLong() - start);
        if (left > 0) {
            sleeper.accept(Duration.ofNanos(left));
        }
        return answer;
    }
}
