package com.licensedesk.auth;

import java.util.Optional;

/**
 * A two-factor secret switched on at a kiosk, on its way home in the kiosk's journal: sealed at the kiosk to home's
 * public key (the kiosk's {@link SecretBox} seals only its own copy, which home cannot open), opened at home to be
 * sealed again under home's {@link SecretBox}.
 */
public interface SecretForHome {

    /** At a kiosk enrolled with a home: {@code secret} sealed to home; empty at a desk, at home, or before joining. */
    Optional<String> sealedForHome(String secret);

    /** At home: the secret a kiosk of this home sealed to it. */
    String open(String sealedForHome);
}
