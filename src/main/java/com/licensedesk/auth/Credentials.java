package com.licensedesk.auth;

import java.util.Optional;
import java.time.Instant;
import java.util.Locale;
/**
 * What sign-in checks a password against: the account, its login ID as registered, the password's hash, the user's
 * mail address and language (where and how notices go), and until when a temporary password issued at the desk
 * works, if the password is one.
 */
public record Credentials(long accountId, String loginId, String passwordHash, String email, Locale language,
                          Optional<Instant> temporaryUntil) {

    @Override
    public String toString() {
        return "Credentials[accountId=" + accountId + ", loginId=" + loginId + "]";
    }
}
