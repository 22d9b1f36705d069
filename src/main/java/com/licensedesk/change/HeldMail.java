package com.licensedesk.change;

import com.licensedesk.mail.NewMail;
import java.time.Instant;
import java.util.Optional;

/**
 * A mail a kiosk's change asked for, held with its journal entry instead of going into the kiosk's outbox: home puts
 * it into its own outbox under this Message-ID once it has the entry. As the journal's {@code mails} column and the
 * bundle hold it (JSON through {@link CommandJson#writeMails}).
 */
public record HeldMail(String messageId, String recipient, String subject, String body, boolean holdsSecret,
                       Optional<Instant> validUntil) {

    public static HeldMail of(String messageId, NewMail mail) {
        return new HeldMail(messageId, mail.recipient(), mail.subject(), mail.body(), mail.holdsSecret(),
                mail.validUntil());
    }

    /** The mail as an outbox takes it; what it lapsed with at the kiosk names a kiosk's row, nothing at home. */
    public NewMail mail() {
        return new NewMail(recipient, subject, body, holdsSecret, validUntil, Optional.empty());
    }

    @Override
    public String toString() {
        return "HeldMail[messageId=" + messageId + ", subject=" + subject + "]";
    }
}
