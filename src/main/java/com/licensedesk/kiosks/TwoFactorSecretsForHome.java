package com.licensedesk.kiosks;

import com.licensedesk.auth.SecretForHome;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.sealing.SealedValue;
import java.util.Optional;

/**
 * Two-factor secrets sealed to home's public encrypting key, which a kiosk has from its enrolment, and opened with
 * home's private key: neither the kiosk's key nor a secret in clear is in the journal.
 */
public final class TwoFactorSecretsForHome implements SecretForHome {
    /** What the sealed text is for: a sealed value of another purpose does not open as a two-factor secret. */
    private static final String PURPOSE = "License Desk two-factor secret";
    private final PlaceKeyring keyring;

    public TwoFactorSecretsForHome(PlaceKeyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public Optional<String> sealedForHome(String secret) {
        return keyring.home().map(home -> SealedValue.seal(secret, PURPOSE,
                new PublicKeys(home.signingPublic(), home.encryptingPublic())));
    }

    @Override
    public String open(String sealedForHome) {
        return SealedValue.open(sealedForHome, PURPOSE, keyring.keys().orElseThrow(
                () -> new IllegalStateException("This place has no keys: it enrolled no kiosk")));
    }
}
