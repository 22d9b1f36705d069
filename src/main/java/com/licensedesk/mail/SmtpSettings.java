package com.licensedesk.mail;

import java.util.Optional;

/** Where mail goes: the SMTP server, its login if it wants one, and the sender address. */
public record SmtpSettings(
        String host,
        int port,
        Optional<String> user,
        Optional<String> password,
        boolean startTls,
        boolean ssl,
        String from) {
}
