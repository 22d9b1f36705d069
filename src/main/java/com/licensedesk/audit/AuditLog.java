package com.licensedesk.audit;

import java.util.List;

/** The audit trail: written in the same transaction as the change it records. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> forAccount(long accountId);

    /** The entries that match, newest first, at most {@code limit}. */
    List<AuditRecord> search(AuditQuery query, int limit);

    /** Deletes the entries recorded before {@code before} (an admin's decision, after an export); returns how many. */
    int pruneBefore(java.time.Instant before);
}
