package com.licensedesk.auth;

import java.time.Instant;
import java.util.List;

/** Sign-in attempts per login ID (folded), shared by every desk on the database. */
public interface SignInAttempts {
    /** What an attempt came to. CLEARED is a password reset, which lifts a lockout. */
    enum Outcome { FAILED, SUCCEEDED, CLEARED }

    void record(String foldedLoginId, Instant at, Outcome outcome);

    /** The failures since {@code since} that came after the last success or clearing, oldest first. */
    List<Instant> recentFailures(String foldedLoginId, Instant since);

    /**
     * A try counted as failed before its password is checked, so that desks trying at the same moment see each
     * other's tries; returns its id, for {@link #failuresBefore} and for taking it back ({@link #withdraw}) when the
     * password was right.
     */
    long countTry(String foldedLoginId, Instant at);

    /** The failures since {@code since} recorded before the try {@code tryId}, as {@link #recentFailures} counts. */
    List<Instant> failuresBefore(String foldedLoginId, Instant since, long tryId);

    /** The try was no failure after all. */
    void withdraw(long tryId);

    /** Deletes the attempts made before {@code before}, long past any lockout; returns how many. */
    int prune(Instant before);
}
