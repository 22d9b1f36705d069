package com.licensedesk.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What 監査ログ and 本日の作業 ask of the audit log: a time range, the operator who acted, the actions, this desk
 * only, and free text found in the actor, the customer's company or login ID, or the details.
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> until, Optional<String> operatorLoginId,
                         Set<AuditAction> actions, Optional<String> desk, String text) {

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), "");
    }
}
