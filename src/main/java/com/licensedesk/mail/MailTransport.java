package com.licensedesk.mail;

import java.time.Duration;

/** Hands one mail to the mail server. */
public interface MailTransport {

    /** Returns once the server has accepted the mail; throws with the server's reason when it has not. */
    void send(OutboxMail mail) throws DeliveryFailed;

    /**
     * The longest one {@link #send} takes, the server's answer included: the sender's lease of the mail it tries and
     * the wait of a desk that closes meanwhile are counted from it. An SMTP attempt's deadline unless said otherwise.
     */
    default Duration longestAttempt() {
        return SmtpTransport.DEFAULT_DEADLINE;
    }

    /** The server could not be reached, or refused the mail. */
    final class DeliveryFailed extends Exception {
        /** How a failure bears on this mail and on the rest of the outbox. */
        public enum Kind {
            /** This mail was refused for now (a 4xx answer to it): it is tried again later. */
            TEMPORARY,
            /** No server to talk to (unreachable, silent, past the deadline, 421): no other mail would fare better. */
            SERVER_DOWN,
            /** A 5xx answer: trying again would be refused again. */
            PERMANENT
        }

        private final Kind kind;

        public DeliveryFailed(String reason, Throwable cause) {
            this(reason, cause, Kind.SERVER_DOWN);
        }

        public DeliveryFailed(String reason, Throwable cause, Kind kind) {
            super(reason, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }

        /** True when the server refused the mail for good: trying again would be refused again. */
        public boolean permanent() {
            return kind == Kind.PERMANENT;
        }
    }
}
