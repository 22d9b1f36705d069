package com.licensedesk.change;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A kiosk's journal entry as home replays it: its id, the kiosk's name and sequence number, the kiosk's clock when
 * it was entered, and the mails the kiosk held for it (sent by home under the kiosk's Message-IDs).
 */
public record KioskEntry(UUID entryId, String kiosk, long sequence, Instant enteredAt, List<HeldMail> mails) {
    public KioskEntry {
        mails = List.copyOf(mails);
    }
}
