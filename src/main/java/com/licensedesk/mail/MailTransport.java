package com.licensedesk.mail;

/** Hands one mail to the mail server. */
public interface MailTransport {

    /** Returns once the server has accepted the mail; throws with the server's reason when it has not. */
    void send(OutboxMail mail) throws DeliveryFailed;

    /** The server could not be reached, or refused the mail; {@code permanent} for a 5xx answer. */
    final class DeliveryFailed extends Exception {
        private final boolean permanent;

        public DeliveryFailed(String reason, Throwable cause) {
            this(reason, cause, false);
        }

        public DeliveryFailed(String reason, Throwable cause, boolean permanent) {
            super(reason, cause);
            this.permanent = permanent;
        }

        /** True when the server refused the mail for good: trying again would be refused again. */
        public boolean permanent() {
            return permanent;
        }
    }
}
