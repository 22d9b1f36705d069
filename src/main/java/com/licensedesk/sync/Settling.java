package com.licensedesk.sync;

import com.licensedesk.change.Transactor;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Settles what a kiosk sent, in the kiosk's order: each entry once, each in its own transaction. An entry after a
 * missing number waits for it; an entry of a customer whose earlier entry waits for a person waits behind it; a
 * conflict waits for a person. Home's unique constraints decide who was first, never a kiosk's clock.
 */
final class Settling {
    /** Reasons of a held entry, as stored: the view says them in the reader's language. */
    static final String GAP = "GAP:";
    static final String BEHIND = "BEHIND:";

    private final KioskRepository kiosks;
    private final ReceivedEntries entries;
    private final EntryReplay replay;
    private final Transactor transactor;

    Settling(KioskRepository kiosks, ReceivedEntries entries, EntryReplay replay, Transactor transactor) {
        this.kiosks = kiosks;
        this.entries = entries;
        this.replay = replay;
        this.transactor = transactor;
    }

    /** What settling one kiosk came to in this run. */
    record Tally(int applied, int waiting, int held, OptionalLong missing) {
    }

    Tally settle(Kiosk kiosk) {
        long through = contiguousThrough(kiosk);
        transactor.inTransaction(() -> kiosks.settledThrough(kiosk.id(), through));
        OptionalLong missing = entries.sequencesFrom(kiosk.id(), through + 1).isEmpty()
                ? OptionalLong.empty() : OptionalLong.of(through + 1);
        int applied = 0;
        int waiting = 0;
        int held = 0;
        // The first unsettled number of each customer met so far: their later entries wait behind it.
        Map<String, Long> blocked = new HashMap<>();
        for (ReceivedEntry entry : entries.unsettledAfter(kiosk.id(), 0)) {
            Long behind = entry.loginId().map(blocked::get).orElse(null);
            if (entry.state() == ReceivedEntry.State.WAITING) {
                waiting++;
            } else if (entry.sequence() > through) {
                hold(entry, GAP + (through + 1));
                held++;
            } else if (behind != null) {
                hold(entry, BEHIND + behind);
                held++;
            } else if (replay.replay(kiosk, entry) instanceof EntryReplay.Conflicted conflicted) {
                transactor.inTransaction(() -> entries.waiting(entry.id(), conflicted.conflict(),
                        conflicted.detail()));
                waiting++;
            } else {
                applied++;
                continue;
            }
            entry.loginId().ifPresent(login -> blocked.putIfAbsent(login, entry.sequence()));
        }
        return new Tally(applied, waiting, held, missing);
    }

    /** The kiosk's numbers home holds without a hole, from the first on. */
    private long contiguousThrough(Kiosk kiosk) {
        long expected = kiosk.appliedThrough() + 1;
        for (long sequence : entries.sequencesFrom(kiosk.id(), expected)) {
            if (sequence != expected) {
                break;
            }
            expected++;
        }
        return expected - 1;
    }

    private void hold(ReceivedEntry entry, String reason) {
        if (!entry.reason().map(reason::equals).orElse(false)) {
            transactor.inTransaction(() -> entries.held(entry.id(), reason));
        }
    }
}
