package com.licensedesk.mail;

/** Hands one mail to the mail server. */
public interface MailTransport {

    /** Returns once the server has accepted the mail; throws with the server's reason when it has not. */
    void send(OutboxMail mail) throws DeliveryFailed;

    /** The server could not be reached, or refused the mail. */
    final class DeliveryFailed extends Exception {
        public DeliveryFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
