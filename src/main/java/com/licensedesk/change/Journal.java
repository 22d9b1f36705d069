package com.licensedesk.change;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The journal of changes, written in the transaction of the change it records. */
public interface Journal {

    /**
     * Writes the entry; {@link AlreadyReplayed} when an entry of the same id, or of the same origin and sequence
     * number, is journalled already (a kiosk's entry replayed a second time).
     */
    void append(JournalEntry entry);

    /**
     * The sequence number {@code origin}'s next entry takes: one more than its last, 1 for its first. Call inside the
     * transaction that appends the entry: another transaction asking for the same origin waits until this one ends,
     * so numbers are taken in order and without gaps.
     */
    long nextSequence(String origin);

    /** The entries in the order they were written here, from the {@code after}-th on, at most {@code limit}. */
    List<JournalEntry> read(long after, int limit);

    /**
     * {@code kiosk}'s numbered entries home has not taken or refused for good (no answer yet, WAITING or HELD), in
     * sequence order: what the next bundle carries.
     */
    List<JournalEntry> waitingForHome(String kiosk);

    /** How many entries {@link #waitingForHome} would return. */
    int countWaitingForHome(String kiosk);

    /** Records what home's reply said of the entry; false when there is no such entry. */
    boolean acknowledge(UUID entryId, HomeState state, Optional<String> reason);

    /**
     * Erases the entry's copy of the customer's data (its command becomes {@code {}}, its held mails {@code []}),
     * keeping its id, origin, sequence number, type and what home said. False when there is no such entry or it was
     * erased before.
     */
    boolean erase(UUID entryId, Instant at);
}
