package com.licensedesk.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id: 19 MiB of memory, 2 passes, as OWASP recommends for interactive logins, written in the PHC string form
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, unpadded Base64) that stored hashes already have.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2id.Cost cost;

    public Argon2PasswordHasher() {
        this.cost = Argon2id.Cost.INTERACTIVE;
    }

    /** Cheaper parameters for tests that hash many passwords. */
    public Argon2PasswordHasher(int memoryKiB, int iterations) {
        this.cost = new Argon2id.Cost(memoryKiB, iterations, 1);
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = Argon2id.derive(password.getBytes(StandardCharsets.UTF_8), salt, cost, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** False also for a stored value that is not such a hash: it matches no password. */
    @Override
    public boolean matches(String password, String hash) {
        Matcher phc = PHC.matcher(hash == null ? "" : hash);
        if (!phc.matches()) {
            return false;
        }
        try {
            Argon2id.Cost stored = new Argon2id.Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3)));
            byte[] salt = Base64.getDecoder().decode(phc.group(4));
            byte[] expected = Base64.getDecoder().decode(phc.group(5));
            byte[] actual = Argon2id.derive(password.getBytes(StandardCharsets.UTF_8), salt, stored, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException notSuchAHash) {
            // Base64 of an impossible length, or a cost Argon2 refuses (fewer than 8 KiB a lane, no lanes).
            return false;
        }
    }
}
