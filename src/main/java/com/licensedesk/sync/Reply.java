package com.licensedesk.sync;

import com.licensedesk.catalog.CatalogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What home tells a kiosk: what became of its entries, the catalogue's keys imported since the last reply, and the
 * product keys registered anywhere since then (keys only: no customer's data travels down).
 */
public record Reply(int format, String home, String kiosk, long sequence, Instant madeAt, List<Ack> acks,
                    List<CatalogEntry> catalogue, List<String> registeredKeys) {
    /** 1: the first format. */
    public static final int FORMAT = 1;

    public Reply {
        acks = List.copyOf(acks);
        catalogue = List.copyOf(catalogue);
        registeredKeys = List.copyOf(registeredKeys);
    }

    /** An entry's state at home: APPLIED, WAITING, HELD or REJECTED, with the reason a person gave or home found. */
    public record Ack(UUID entryId, long sequence, ReceivedEntry.State state, Optional<String> reason) {
    }

    /** {@code <kiosk>-reply-<n>.ldreply}. */
    public String fileName() {
        return kiosk + "-reply-" + sequence + ".ldreply";
    }
}
