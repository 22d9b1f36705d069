package com.licensedesk.audit;

import java.util.List;

/** The audit trail: written in the same transaction as the change it records. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> forAccount(long accountId);
}
