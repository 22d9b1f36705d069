package com.licensedesk.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a kiosk carries home: every entry home has not settled yet, in the kiosk's order. {@code command} and
 * {@code mails} are the journal's JSON as the kiosk wrote it, read at home by the command format the entry names.
 */
public record Bundle(int format, String kiosk, Instant exportedAt, List<Entry> entries) {
    /** 1: the first format. Home reads every format up to its own; a newer one is refused and left in the folder. */
    public static final int FORMAT = 1;

    public record Entry(UUID entryId, long sequence, int formatVersion, Instant enteredAt, String actorKind,
                        String actor, String commandType, String command, String mails) {
    }

    public Bundle {
        entries = List.copyOf(entries);
    }

    /** The file name the kiosk gives it: {@code <kiosk>-<first>-<last>.ldsync}. */
    public String fileName() {
        long first = entries.isEmpty() ? 0 : entries.get(0).sequence();
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        return kiosk + "-" + first + "-" + last + ".ldsync";
    }
}
