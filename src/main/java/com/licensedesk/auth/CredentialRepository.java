package com.licensedesk.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The accounts' login IDs and password hashes. */
public interface CredentialRepository {

    /** The account with this login ID, compared regardless of case. */
    Optional<Credentials> find(String loginId);

    Credentials of(long accountId);

    /** Every account whose user has this mail address, compared regardless of case. */
    List<Credentials> findByEmail(String email);

    /** A password the customer chose: any temporary password ends. */
    void changePassword(long accountId, String passwordHash, Instant changedAt);

    /** A temporary password issued at the desk, which works until {@code until} and must then be replaced. */
    void setTemporaryPassword(long accountId, String passwordHash, Instant until, Instant changedAt);

    /** Moves on with every password change and temporary password, on any desk. */
    int credentialsVersion(long accountId);
}
