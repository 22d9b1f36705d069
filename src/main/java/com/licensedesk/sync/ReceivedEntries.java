package com.licensedesk.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Home's store of what kiosks sent. Call inside a transaction where several writes must stand together. */
public interface ReceivedEntries {

    /** An entry as it arrives, not yet settled. */
    record Arrival(long kioskId, long sequence, UUID entryId, int formatVersion, Instant enteredAt,
                   Optional<String> loginId, String commandType, String command, String mails) {
    }

    /** Keeps the entry unless home has it already (same kiosk and number, or same id); true when it was new. */
    boolean keep(Arrival arrival, Instant receivedAt);

    /** The kiosk's entries after {@code sequence} that are not settled, in the kiosk's order. */
    List<ReceivedEntry> unsettledAfter(long kioskId, long sequence);

    /** The kiosk's numbers home holds, from {@code from} on, in order (to find a gap). */
    List<Long> sequencesFrom(long kioskId, long from);

    Optional<ReceivedEntry> find(long id);

    /** Every entry waiting for a person, oldest first, with its kiosk's name. */
    List<Waiting> waiting();

    record Waiting(ReceivedEntry entry, String kioskName) {
    }

    void applied(long id, Instant at, String by, long homeAccountId);

    void waiting(long id, ReceivedEntry.Conflict conflict, String reason);

    void held(long id, String reason);

    void rejected(long id, Instant at, String by, String reason);

    /**
     * What the kiosk's next reply tells: its entries from number {@code fromSequence} on (the first of its latest
     * bundle: the kiosk waits to hear of each of them). Telling one twice does no harm at the kiosk.
     */
    List<ReceivedEntry> forReply(long kioskId, long fromSequence);

    /**
     * The account home's customer of the kiosk's login ID is: what the kiosk's registration of that login ID became
     * when it was applied (under another login ID, or added to an existing customer, if a person said so).
     */
    Optional<Long> registeredAs(long kioskId, String kioskLoginId);
}
