package com.licensedesk.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The outbox table: mail written in the transaction of the change that caused it, kept until the server takes it. */
public interface OutboxRepository {

    long add(NewMail mail, String messageId, Instant createdAt);

    /**
     * Claims up to {@code limit} waiting mail that is due, for {@code owner} until {@code now + lease}: each with a
     * conditional update, so that a mail another sender holds is not claimed. Oldest due first.
     */
    List<OutboxMail> claim(String owner, Instant now, Duration lease, int limit);

    /**
     * {@code owner}'s lease of a mail it is about to try, renewed to {@code now + lease}. False when it holds the mail no
     * longer (its claim ran out and another sender took it) or the mail is not to be sent any more (cancelled, lapsed).
     */
    boolean hold(long id, String owner, Instant now, Duration lease);

    /** Every mail still waiting, oldest first. */
    List<OutboxMail> unsent();

    /** The newest mail in a state (or in any), for the outbox monitor. */
    List<OutboxMail> list(Optional<OutboxMail.State> state, int limit);

    Optional<OutboxMail> find(long id);

    /** How much mail waits, and how much failed for good. */
    record Counts(long waiting, long failing) {
    }

    Counts counts();

    /** The server took the mail; recorded only while {@code owner} still holds it. */
    boolean markSent(long id, String owner, Instant sentAt);

    /** A temporary refusal: the mail waits for {@code nextAttemptAt}; the lease ends. */
    void markRetry(long id, String owner, String error, Instant nextAttemptAt);

    /** Refused for good, or given up: the mail is FAILED with the reason. */
    void markFailed(long id, String owner, String error, Instant at);

    /**
     * Mail {@code owner} claimed but will not try in this round (the server is down, or the desk closes): free again,
     * due at {@code nextAttemptAt}, with no attempt counted.
     */
    void release(Collection<Long> ids, String owner, Instant nextAttemptAt);

    /** Waiting mail whose content lapsed before {@code now} becomes EXPIRED (a secret's body emptied); how many. */
    int expire(Instant now);

    /**
     * Waiting mail that lapses with one of {@code keys} becomes EXPIRED at once (a secret's body emptied): its content
     * is no use any more (a reset code used or replaced). A mail a sender holds is not sent either: it checks before.
     */
    int lapse(Collection<String> keys);

    /** A failed mail goes back to waiting, due at once. False when it was not failed. */
    boolean retry(long id, Instant now);

    /** Every failed mail goes back to waiting; returns how many. */
    int retryAllFailed(Instant now);

    /** A waiting mail is not to be sent. False when it was not waiting (sent meanwhile, say). */
    boolean cancel(long id);

    /** Deletes the mail sent before {@code sentBefore} (its record stays in the audit log); returns how many. */
    int pruneSent(Instant sentBefore);
}
