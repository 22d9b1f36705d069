package com.licensedesk.auth;

/**
 * Whether an account's password changed (on another desk) since this window's session of it began: by the account's
 * credentials version, so that no two desks' clocks are compared.
 */
public final class PasswordChangeWatch {
    private final CredentialRepository credentials;

    public PasswordChangeWatch(CredentialRepository credentials) {
        this.credentials = credentials;
    }

    /** The version to compare later ones with. Slow: reads the database; call it off the FX thread. */
    public int version(long accountId) {
        return credentials.credentialsVersion(accountId);
    }

    /** Slow: reads the database; call it off the FX thread. */
    public boolean changedSince(long accountId, int version) {
        return credentials.credentialsVersion(accountId) != version;
    }
}
