package com.licensedesk.auth;

/** What sign-in checks a password against: the account, its login ID as registered, and the password's hash. */
public record Credentials(long accountId, String loginId, String passwordHash) {

    @Override
    public String toString() {
        return "Credentials[accountId=" + accountId + ", loginId=" + loginId + "]";
    }
}
