package com.licensedesk.auth;

import java.time.Instant;
import java.util.Optional;

/** The accounts' login IDs and password hashes. */
public interface CredentialRepository {

    /** The account with this login ID, compared regardless of case. */
    Optional<Credentials> find(String loginId);

    Credentials of(long accountId);

    void changePassword(long accountId, String passwordHash, Instant changedAt);

    /** When the password last changed; empty when it never did since the account was made. */
    Optional<Instant> passwordChangedAt(long accountId);
}
