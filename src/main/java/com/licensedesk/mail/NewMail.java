package com.licensedesk.mail;

/** A mail about to go into the outbox. */
public record NewMail(String recipient, String subject, String body) {
}
