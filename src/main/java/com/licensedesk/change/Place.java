package com.licensedesk.change;

import java.util.Optional;

/**
 * Which place this database serves: a desk, or a kiosk enrolled with a home. At an enrolled kiosk every journalled
 * change is numbered in the kiosk's own sequence and its mail travels home with the journal entry, for home to send.
 * Asked inside each change's transaction, so that a kiosk that has just joined its home journals from then on.
 */
@FunctionalInterface
public interface Place {

    /** The kiosk's name when this place is a kiosk enrolled with a home; empty at a desk or at home. */
    Optional<String> enrolledKiosk();

    /** A desk (or home): mail goes into the outbox, entries carry no sequence number. */
    static Place desk() {
        return Optional::empty;
    }

    /** A kiosk enrolled with a home under {@code name}. */
    static Place kiosk(String name) {
        Optional<String> kiosk = Optional.of(name);
        return () -> kiosk;
    }
}
