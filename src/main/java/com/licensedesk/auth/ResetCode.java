package com.licensedesk.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time password reset code: 12 characters from an alphabet without look-alikes (no 0/O, 1/I), 60 bits from
 * SecureRandom, shown as {@code XXXX-XXXX-XXXX}. Stored only as its SHA-256: the code is random and lives 30
 * minutes, so a slow hash would add nothing but time.
 */
public final class ResetCode {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private final SecureRandom random;

    public ResetCode(SecureRandom random) {
        this.random = random;
    }

    /** A new code, grouped for reading. */
    public String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in any case and width, with or without hyphens and spaces, to its canonical letters. */
    public static String normalise(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\-ー－]", "");
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
