package com.licensedesk.testing;

import com.licensedesk.auth.PasswordHasher;

/**
 * For benchmarks of the database's part of a registration: every password gets one hash computed beforehand, and
 * every password matches, so that no hashing is timed.
 */
public final class PrecomputedHasher implements PasswordHasher {
    private final String hashed = Fixtures.CHEAP_HASHER.hash("Sakura7Desk");

    @Override
    public String hash(String password) {
        return hashed;
    }

    @Override
    public boolean matches(String password, String hash) {
        return true;
    }
}
