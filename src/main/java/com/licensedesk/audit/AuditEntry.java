package com.licensedesk.audit;

import com.licensedesk.session.Actor;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing done: when, to which account, by whom, what, and its details (never a password or a secret). The actor
 * and the account are apart: an operator acting for a customer is the actor, the customer's account the account.
 */
public record AuditEntry(Instant at, Optional<Long> accountId, Actor actor, AuditAction action, String detail) {
}
