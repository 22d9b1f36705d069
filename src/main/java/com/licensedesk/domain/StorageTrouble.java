package com.licensedesk.domain;

import java.util.Optional;

/**
 * The database could not do what was asked for a reason outside the application, one the person at the screen can be
 * told and can act on: the disk is full, or the database cannot be reached. The store throws it in place of its
 * driver's failure (kept as the cause), so that a screen says what happened without knowing the driver. The store logs
 * the cause's trace once, when the trouble begins; whoever meets it again logs a line.
 */
public final class StorageTrouble extends RuntimeException {
    /** What the trouble is, in the user's words. */
    public enum Kind {
        /** No room left where the data is written: on this computer's disk, or on the database server's. */
        DISK_FULL("the disk is full"),
        /** The database server does not answer, or refuses connections for now. */
        DATABASE_UNREACHABLE("the database cannot be reached");

        private final String said;

        Kind(String said) {
            this.said = said;
        }
    }

    private final Kind kind;

    public StorageTrouble(Kind kind, Throwable cause) {
        super(kind.said + " (" + firstLine(cause) + ")", cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The storage trouble behind {@code failure}, if one is among its causes. */
    public static Optional<StorageTrouble> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StorageTrouble trouble) {
                return Optional.of(trouble);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Throwable cause) {
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }
}
