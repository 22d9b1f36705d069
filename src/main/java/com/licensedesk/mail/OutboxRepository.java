package com.licensedesk.mail;

import java.time.Instant;
import java.util.List;

/** The outbox table: mail written in the transaction of the change that caused it, kept until the server takes it. */
public interface OutboxRepository {

    long add(NewMail mail, String messageId, Instant createdAt);

    /** Unsent mail whose next attempt is due, oldest first. */
    List<OutboxMail> due(Instant now, int limit);

    /** Every mail not yet accepted by the server, oldest first. */
    List<OutboxMail> unsent();

    /** How much mail waits: all unsent, and those of them whose last attempt failed. */
    record Counts(long waiting, long failing) {
    }

    Counts counts();

    void markSent(long id, Instant sentAt);

    void markFailed(long id, String error, Instant nextAttemptAt);
}
