package com.licensedesk.audit;

import java.time.Instant;
import java.util.Optional;

/** One thing done: when, to which account, by whom, what, and its details (never a password or a secret). */
public record AuditEntry(Instant at, Optional<Long> accountId, String actor, String action, String detail) {
}
