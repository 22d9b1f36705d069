package com.licensedesk.sync;

import com.licensedesk.change.NotJournalled;

/**
 * The sync's own events as commands, for the audit log: bundles read or refused at home, a reply read at a kiosk.
 * None is journalled: the entries a bundle carries are replayed as the commands they are.
 */
public final class SyncCommands {
    private SyncCommands() {
    }

    public record RecordBundleImport(String fileName, String kiosk, int entries, int applied, int waiting, int held)
            implements NotJournalled {
    }

    public record RecordBundleRefusal(String fileName, String kiosk, String reason) implements NotJournalled {
    }

    public record RecordReplyRead(String fileName, long replySequence, int acks, int keys, int catalogueKeys)
            implements NotJournalled {
    }
}
