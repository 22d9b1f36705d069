package com.licensedesk.change;

import java.util.Optional;
import java.util.UUID;

/**
 * A kiosk's entry that is journalled here already (its id, or its kiosk and sequence number): it was replayed before,
 * on this desk or another one sharing the database. Nothing of the second replay is written.
 */
public final class AlreadyReplayed extends RuntimeException {
    private final UUID entryId;
    private final String origin;
    private final Optional<Long> sequence;

    public AlreadyReplayed(UUID entryId, String origin, Optional<Long> sequence, Throwable cause) {
        super("Entry " + entryId + " of " + origin + sequence.map(n -> " #" + n).orElse("") + " is journalled already",
                cause);
        this.entryId = entryId;
        this.origin = origin;
        this.sequence = sequence;
    }

    public UUID entryId() {
        return entryId;
    }

    public String origin() {
        return origin;
    }

    public Optional<Long> sequence() {
        return sequence;
    }
}
