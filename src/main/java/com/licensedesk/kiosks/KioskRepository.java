package com.licensedesk.kiosks;

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
     * The kiosk's last reply: its number, when it was made (the catalogue's imports up to then are at the kiosk), and
     * the registered keys it carried up to a licence id.
     */
    void noteReply(long kioskId, long replySequence, Instant madeAt, long keysThrough);

    /** What earlier replies carried, to send only what is new. */
    ReplyMark replyMark(long kioskId);

    record ReplyMark(long replySequence, Optional<Instant> lastReplyAt, long keysThrough, long acksFrom) {
    }

    final class NameTaken extends RuntimeException {
        public NameTaken(String name) {
            super("a kiosk is enrolled as " + name, null, false, false);
        }
    }
}
