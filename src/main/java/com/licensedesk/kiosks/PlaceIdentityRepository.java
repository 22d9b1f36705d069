package com.licensedesk.kiosks;

import java.time.Instant;
import java.util.Optional;

/** The one row of this place's keys. */
public interface PlaceIdentityRepository {

    Optional<PlaceIdentity> find();

    /** Writes the place's identity; refuses with {@link AlreadyMade} when one exists (a place is made once). */
    void create(PlaceIdentity identity);

    void noteSent(Instant at);

    /** A reply was read: when, and its number. */
    void noteHeard(Instant at, long replySequence);

    final class AlreadyMade extends RuntimeException {
        public AlreadyMade() {
            super("this place has its keys already", null, false, false);
        }
    }
}
