package com.licensedesk.mail;

/** A mail about to go into the outbox; {@code holdsSecret} when its body carries a code nobody else may read. */
public record NewMail(String recipient, String subject, String body, boolean holdsSecret) {
}
