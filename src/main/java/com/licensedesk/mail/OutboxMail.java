package com.licensedesk.mail;

import java.time.Instant;
import java.util.Optional;

/** A mail in the outbox. Its Message-ID is fixed when it is written, so that every retry sends the same one. */
public record OutboxMail(
        long id,
        String messageId,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Optional<Instant> sentAt,
        State state,
        boolean holdsSecret) {

    /** Where a mail stands. */
    public enum State {
        /** Waiting for its next attempt (the first, or a retry after a temporary refusal). */
        WAITING,
        /** Accepted by the server. */
        SENT,
        /** Refused for good by the server (a 5xx answer), or given up after retrying for days. */
        FAILED,
        /** Cancelled by an operator before it was sent. */
        CANCELLED,
        /** Its content lapsed before it could be sent (a reset code past its validity): dropped, not sent late. */
        EXPIRED
    }
}
