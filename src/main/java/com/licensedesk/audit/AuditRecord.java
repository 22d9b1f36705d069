package com.licensedesk.audit;

import java.util.Optional;

/** An audit entry as the desk lists it: with the desk that wrote it and the customer it concerns, if any. */
public record AuditRecord(long id, AuditEntry entry, String desk, Optional<String> companyName,
                          Optional<String> accountLoginId) {
}
