package com.licensedesk.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id: 19 MiB of memory, 2 passes, as OWASP recommends for interactive logins. */
public final class Argon2PasswordHasher implements PasswordHasher {
    private final Argon2Function argon2;

    public Argon2PasswordHasher() {
        this(19_456, 2);
    }

    /** Cheaper parameters for tests that hash many passwords. */
    public Argon2PasswordHasher(int memoryKiB, int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKiB, iterations, 1, 32, Argon2.ID);
    }

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
