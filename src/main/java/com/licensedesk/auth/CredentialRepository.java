package com.licensedesk.auth;

import java.util.Optional;

/** The accounts' login IDs and password hashes. */
public interface CredentialRepository {

    /** The account with this login ID, compared regardless of case. */
    Optional<Credentials> find(String loginId);
}
