package com.licensedesk.sync;

import com.licensedesk.kiosks.Kiosk;

/**
 * Replays one received entry through the change pipeline, in its own transaction that also marks it applied; or
 * says why home cannot apply it as it stands. Nothing of a refused entry is written.
 */
public interface EntryReplay {

    Attempt replay(Kiosk kiosk, ReceivedEntry entry);

    sealed interface Attempt {
    }

    /** Applied and marked so, for the customer's account at home. */
    record Applied(long homeAccountId) implements Attempt {
    }

    /** Home had replayed it already (another desk, or a run cut short after its commit). */
    record AlreadyApplied() implements Attempt {
    }

    /** Not applied: waits for a person. {@code detail} names what stands in the way (the other side's key, ID...). */
    record Conflicted(ReceivedEntry.Conflict conflict, String detail) implements Attempt {
    }
}
