package com.licensedesk.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The clock of a shared database server, followed on this desk: the desk's own clock plus the offset to the server's,
 * measured at start and again every minute in the background (the composition root schedules {@link #resync()}).
 * Every time desks compare (sign-in tries, locks, code expiry, the outbox's next attempt and leases) then comes from
 * one clock, however far the desks' own clocks drift. Reading it never waits on the database.
 */
public final class ServerClock extends Clock {
    private final Clock local;
    private final Supplier<Instant> server;
    /** Shared with the copies in other zones, so that they follow each measurement too. */
    private final AtomicReference<Duration> offset;

    public ServerClock(Clock local, Supplier<Instant> server) {
        this(local, server, new AtomicReference<>(measure(local, server)));
    }

    private ServerClock(Clock local, Supplier<Instant> server, AtomicReference<Duration> offset) {
        this.local = local;
        this.server = server;
        this.offset = offset;
    }

    /**
     * Not measured yet, while the database opens in the background: the desk's own time until {@link #resync()},
     * which the start runs before any other work on the database.
     */
    public static ServerClock unmeasured(Clock local, Supplier<Instant> server) {
        return new ServerClock(local, server, new AtomicReference<>(Duration.ZERO));
    }

    /** The server's time against this desk's, taken at the midpoint of the round trip. */
    private static Duration measure(Clock local, Supplier<Instant> server) {
        Instant before = local.instant();
        Instant at = server.get();
        Instant after = local.instant();
        return Duration.between(before.plus(Duration.between(before, after).dividedBy(2)), at);
    }

    /** Measures the offset again. Reads the database: call it off the FX thread. */
    public void resync() {
        offset.set(measure(local, server));
    }

    Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return local.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return local.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ServerClock(local.withZone(zone), server, offset);
    }
}
