package com.licensedesk.sealing;

/**
 * A kiosk file, or a place's stored keys, that will not open, and why. Nothing of what it holds is returned. The
 * detail is for the log; the reason is what the screens put in the user's words.
 */
public final class SealRefused extends RuntimeException {
    /** Why, in the order the checks run: a file is refused for the first one that applies. */
    public enum Reason {
        /** Not a License Desk kiosk file at all (another file in the sync folder, say). */
        NOT_A_SYNC_FILE,
        /** A kiosk file, but not the kind asked for (a reply given where a bundle is read). */
        WRONG_KIND,
        /** Written by a newer License Desk: its layout or format is newer than this reader knows. */
        NEWER_FORMAT,
        /** Names a sender this place has no keys for. */
        UNKNOWN_SENDER,
        /** Shorter than its header says: cut off in a copy or a transfer. */
        TRUNCATED,
        /** Not as its sender sealed it: a byte changed, a signature that does not match, bytes added. */
        ALTERED,
        /** Sealed by a place we know, for another place. */
        NOT_FOR_US,
        /** An enrolment file that this passphrase does not open (or that was altered). */
        WRONG_PASSPHRASE,
        /** Stored private keys that this place's secret key does not open (or that were altered). */
        WRONG_SECRET_KEY
    }

    private final Reason reason;
    private final String detail;

    public SealRefused(Reason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
