package com.licensedesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How long since the last key or mouse input; past the limit, a signed-in session ends. */
final class IdleWatch {
    private final Clock clock;
    private final Duration limit;
    private volatile Instant lastInput;

    IdleWatch(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastInput = clock.instant();
    }

    /** There was input just now. */
    void touch() {
        lastInput = clock.instant();
    }

    boolean isIdle() {
        return !clock.instant().isBefore(lastInput.plus(limit));
    }
}
