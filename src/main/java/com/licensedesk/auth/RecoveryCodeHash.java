package com.licensedesk.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Recovery codes carry 50 bits, less than NIST SP 800-63B (5.1.2.2) asks of an unsalted look-up secret, so each is
 * stored as a salted PBKDF2-HMAC-SHA256 (from the JDK): 16 random bytes of salt and the 32-byte result, in Base64 (64
 * characters). A check tries the account's unused codes, at most ten. Hashes an older version stored as plain SHA-256
 * (64 hex digits) are still recognised until those codes are used or replaced.
 */
public final class RecoveryCodeHash {
    static final int ITERATIONS = 20_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private RecoveryCodeHash() {
    }

    public static String of(String code, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(OneTimeCode.normalise(code), salt);
        byte[] both = Arrays.copyOf(salt, SALT_BYTES + hash.length);
        System.arraycopy(hash, 0, both, SALT_BYTES, hash.length);
        return Base64.getEncoder().encodeToString(both);
    }

    /** True when {@code typed} is the code this hash was made from. */
    public static boolean matches(String typed, String stored) {
        if (stored.matches("[0-9a-f]{64}")) {
            return MessageDigest.isEqual(OneTimeCode.hash(typed).getBytes(), stored.getBytes());
        }
        byte[] both;
        try {
            both = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        if (both.length != SALT_BYTES + HASH_BITS / 8) {
            return false;
        }
        byte[] expected = Arrays.copyOfRange(both, SALT_BYTES, both.length);
        return MessageDigest.isEqual(expected,
                pbkdf2(OneTimeCode.normalise(typed), Arrays.copyOf(both, SALT_BYTES)));
    }

    private static byte[] pbkdf2(String code, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(code.toCharArray(), salt, ITERATIONS, HASH_BITS)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }
}
