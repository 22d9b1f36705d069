package com.licensedesk.auth;

import java.time.Instant;

/** Whether an account's password changed (on another desk) since this window's session of it began. */
public final class PasswordChangeWatch {
    private final CredentialRepository credentials;

    public PasswordChangeWatch(CredentialRepository credentials) {
        this.credentials = credentials;
    }

    /** Slow: reads the database; call it off the FX thread. */
    public boolean changedSince(long accountId, Instant since) {
        return credentials.passwordChangedAt(accountId).filter(at -> at.isAfter(since)).isPresent();
    }
}
