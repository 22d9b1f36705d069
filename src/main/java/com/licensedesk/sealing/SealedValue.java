package com.licensedesk.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A short secret sealed to one place's public encrypting key (HPKE, as the kiosk files), for a command that carries
 * it to that place inside a kiosk's journal: only the recipient's private key opens it, and only for the purpose it
 * was sealed for (HPKE's context info). Text: {@code hpke1:} and the Base64 of HPKE's ciphertext.
 */
public final class SealedValue {
    private static final String PREFIX = "hpke1:";

    private SealedValue() {
    }

    /** {@code value} sealed to {@code recipient} for {@code purpose} (a fixed label naming what the value is). */
    public static String seal(String value, String purpose, PublicKeys recipient) {
        try {
            return PREFIX + Base64.getEncoder().encodeToString(recipient.encrypter().encrypt(
                    value.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the value could not be sealed", e);
        }
    }

    /**
     * The value {@link #seal} sealed to {@code recipient}'s keys for {@code purpose}.
     *
     * @throws SealRefused ALTERED when it is not such a text, was sealed to another place or for another purpose, or
     *                     was altered
     */
    public static String open(String sealed, String purpose, PlaceKeys recipient) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "not a value sealed to a place");
        }
        try {
            return new String(recipient.decrypt(Base64.getDecoder().decode(sealed.substring(PREFIX.length())),
                    purpose.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealRefused(SealRefused.Reason.ALTERED,
                    "the sealed value does not open with this place's key for " + purpose);
        }
    }
}
