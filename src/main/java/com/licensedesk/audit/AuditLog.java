package com.licensedesk.audit;

import java.util.List;

/** The audit trail: written in the same transaction as the change it records. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> forAccount(long accountId);

    /** The entries that match, newest first, at most {@code limit}. */
    List<AuditRecord> search(AuditQuery query, int limit);
}
