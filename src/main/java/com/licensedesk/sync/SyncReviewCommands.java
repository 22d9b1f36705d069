package com.licensedesk.sync;

import com.licensedesk.change.NotJournalled;

/** A person's answer to an entry waiting in 同期の確認, for the audit log. A rejection changes no customer's data. */
public final class SyncReviewCommands {
    private SyncReviewCommands() {
    }

    public record RejectEntry(String kiosk, long sequence, String reason) implements NotJournalled {
    }
}
