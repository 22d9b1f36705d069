package com.licensedesk.kiosks;

import com.licensedesk.catalog.CatalogRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Home's register of its kiosks. */
public interface KioskRepository {

    /** Throws {@link NameTaken} when a kiosk of that name is enrolled already (revoked ones too: names stay unique). */
    Kiosk enrol(String name, String signingPublic, String encryptingPublic, Instant at, String by);

    Optional<Kiosk> find(String name);

    Optional<Kiosk> find(long id);

    /** Every kiosk, by name, with its count of unsettled entries. */
    List<Kiosk> all();

    /** False when it was revoked already. */
    boolean revoke(long kioskId, Instant at, String by, String reason);

    /** A bundle of the kiosk was read now; its first entry's number (the next reply tells of it and all after). */
    void noteReceived(long kioskId, Instant at, long firstSequence);

    /** Every entry up to {@code sequence} is settled (applied, rejected, or waiting for a person). */
    void settledThrough(long kioskId, long sequence);

    /**
     * The kiosk's last reply: its number, when it was made, the registered keys it carried up to a licence id, and
     * the catalogue up to the last key it carried (unchanged when it carried none).
     */
    void noteReply(long kioskId, long replySequence, Instant madeAt, long keysThrough,
                   Optional<CatalogRepository.ImportMark> catalogueThrough);

    /** What earlier replies carried, to send only what is new. */
    ReplyMark replyMark(long kioskId);

    record ReplyMark(long replySequence, Optional<Instant> lastReplyAt, long keysThrough, long acksFrom,
                     Optional<CatalogRepository.ImportMark> catalogueThrough) {
    }

    final class NameTaken extends RuntimeException {
        public NameTaken(String name) {
            super("a kiosk is enrolled as " + name, null, false, false);
        }
    }
}
