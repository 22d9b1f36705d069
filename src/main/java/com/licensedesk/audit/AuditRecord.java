package com.licensedesk.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * An audit entry as the desk lists it: with the desk that wrote it (or the kiosk it was entered at) and the customer
 * it concerns, if any.
 */
public record AuditRecord(long id, AuditEntry entry, String desk, Optional<String> companyName,
                          Optional<String> accountLoginId) {

    /** The kiosk's clock when the change was entered there, for an entry replayed from a kiosk. */
    public Optional<Instant> enteredAt() {
        return entry.entered().map(AuditEntry.Entered::at);
    }
}
