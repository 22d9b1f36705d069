package com.licensedesk.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time codes people type from a mail or a sheet of paper: the password reset code (12 characters, 60 bits) and
 * the two-factor recovery codes (10 characters, 50 bits), from an alphabet without look-alikes (no 0/O, 1/I), from
 * SecureRandom, shown in groups. A reset code is stored as its SHA-256 (random, single use, valid 30 minutes, looked up
 * by its hash); recovery codes live longer and are hashed with salt ({@link RecoveryCodeHash}).
 */
public final class OneTimeCode {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    static final int MAX_TYPED = 64;
    private final SecureRandom random;

    public OneTimeCode(SecureRandom random) {
        this.random = random;
    }

    /** A new reset code: {@code XXXX-XXXX-XXXX}. */
    public String next() {
        return next(LENGTH, 4);
    }

    /** A new code of {@code length} characters, with a hyphen after each {@code group}. */
    public String next(int length, int group) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % group == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in any case and width, with or without hyphens and spaces, to its canonical letters. */
    public static String normalise(String typed) {
        // No code is longer than this even with spaces; the rest is never looked at (case mapping is not linear).
        String bounded = typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
        String folded = Normalizer.normalize(bounded, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
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
