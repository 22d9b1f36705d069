package com.licensedesk.auth;

/** Turns a password into a slow, salted hash and checks a password against one. Slow on purpose: never on the FX thread. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
