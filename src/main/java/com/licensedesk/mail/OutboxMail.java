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
        Optional<Instant> sentAt) {
}
