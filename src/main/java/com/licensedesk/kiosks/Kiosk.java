package com.licensedesk.kiosks;

import java.time.Instant;
import java.util.Optional;

/**
 * A kiosk enrolled with this home: its name, whether home still takes its bundles, its public keys (its signature is
 * checked with one, its replies are encrypted to the other), and how far home has settled what it sent.
 * {@code unsettled}: its entries that wait for a person or for an earlier entry.
 */
public record Kiosk(long id, String name, State state, String signingPublic, String encryptingPublic,
                    Instant enrolledAt, String enrolledBy, Optional<Revocation> revocation,
                    Optional<Instant> lastReceivedAt, long appliedThrough, long unsettled) {

    public enum State { ACTIVE, REVOKED }

    /** When, by whom and why home stopped taking the kiosk's bundles. */
    public record Revocation(Instant at, String by, String reason) {
    }

    public boolean active() {
        return state == State.ACTIVE;
    }
}
