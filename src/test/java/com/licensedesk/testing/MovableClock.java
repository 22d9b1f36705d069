package com.licensedesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward, to reach a retry, a lockout's end or an idle timeout without waiting for it. */
public final class MovableClock extends Clock {
    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant moment) {
        now = moment;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, read in {@code zone} (a date in Japan changes at 15:00 UTC). */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }
}
