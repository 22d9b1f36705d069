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
}
