package com.licensedesk.audit;

import com.licensedesk.session.Actor;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing done: when, to which account, by whom, what, and its details (never a password or a secret). The actor
 * and the account are apart: an operator acting for a customer is the actor, the customer's account the account.
 * {@code entered}: where and when the change was entered when that was not here at {@code at}, a kiosk's entry
 * replayed at home ({@code at} is then home's clock, {@code entered} the kiosk's).
 */
public record AuditEntry(Instant at, Optional<Long> accountId, Actor actor, AuditAction action, String detail,
                         Optional<Entered> entered) {

    /** The place a change was entered at (a kiosk's name, recorded as the entry's desk) and that place's clock. */
    public record Entered(String place, Instant at) {
    }

    /** Done here and now. */
    public AuditEntry(Instant at, Optional<Long> accountId, Actor actor, AuditAction action, String detail) {
        this(at, accountId, actor, action, detail, Optional.empty());
    }
}
