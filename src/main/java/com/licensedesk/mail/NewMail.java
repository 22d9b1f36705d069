package com.licensedesk.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * A mail about to go into the outbox; {@code holdsSecret} when its body carries a code nobody else may read;
 * {@code validUntil} when its content lapses (a reset code): after that it is dropped, not sent late;
 * {@code lapsesWith} names what it lapses with sooner (that code, once used or replaced; see
 * {@link OutboxRepository#lapse}).
 */
public record NewMail(String recipient, String subject, String body, boolean holdsSecret,
                      Optional<Instant> validUntil, Optional<String> lapsesWith) {

    public NewMail(String recipient, String subject, String body, boolean holdsSecret) {
        this(recipient, subject, body, holdsSecret, Optional.empty(), Optional.empty());
    }

    /** The same mail, not to be sent after {@code until}. */
    public NewMail validUntil(Instant until) {
        return new NewMail(recipient, subject, body, holdsSecret, Optional.of(until), lapsesWith);
    }

    /** The same mail, not to be sent once {@code key} lapses. */
    public NewMail lapsesWith(String key) {
        return new NewMail(recipient, subject, body, holdsSecret, validUntil, Optional.of(key));
    }
}
