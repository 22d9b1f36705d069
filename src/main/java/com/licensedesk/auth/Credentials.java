package com.licensedesk.auth;

import java.util.Locale;
/**
 * What sign-in checks a password against: the account, its login ID as registered, the password's hash, and the
 * user's mail address and language, where and how notices about the credentials go.
 */
public record Credentials(long accountId, String loginId, String passwordHash, String email, Locale language) {

    @Override
    public String toString() {
        return "Credentials[accountId=" + accountId + ", loginId=" + loginId + "]";
    }
}
