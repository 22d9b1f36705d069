package com.licensedesk.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry a kiosk sent, as home keeps it: the command and its held mails as they came, and what became of it.
 * {@code enteredAt} is the kiosk's clock, {@code receivedAt} home's.
 */
public record ReceivedEntry(long id, long kioskId, long sequence, UUID entryId, int formatVersion,
                            Instant enteredAt, Instant receivedAt, Optional<String> loginId, String commandType,
                            String command, String mails, State state, Optional<Conflict> conflict,
                            Optional<String> reason, Optional<Instant> settledAt, Optional<String> settledBy,
                            Optional<Long> homeAccountId) {

    public enum State {
        /** Replayed at home. */
        APPLIED,
        /** A conflict: waits in 同期の確認 for a person. */
        WAITING,
        /** Behind a gap in the kiosk's numbers, or behind a waiting entry of the same customer. */
        HELD,
        /** A person rejected it, with a reason. */
        REJECTED;

        /** Whether nothing more will happen to it at home. */
        public boolean settled() {
            return this == APPLIED || this == REJECTED;
        }
    }

    /** Why home could not apply an entry as it stands. */
    public enum Conflict {
        /** The key was registered meanwhile, at a desk or another kiosk. */
        KEY_TAKEN,
        /** Another customer has the login ID. */
        LOGIN_ID_TAKEN,
        /** A contractor of the same company is at home already. */
        SAME_COMPANY,
        /** The record was changed at home since the kiosk's copy. */
        CHANGED_AT_HOME,
        /** Home does not know the customer the entry is for (its registration was rejected). */
        NO_SUCH_CUSTOMER,
        /** The entry breaks a rule home keeps (a field, a key not in home's catalogue). */
        INVALID_DATA
    }
}
