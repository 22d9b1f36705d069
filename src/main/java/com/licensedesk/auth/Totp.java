package com.licensedesk.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based codes as Google Authenticator and other apps make them: HMAC-SHA1, 6 digits, 30-second steps.
 * A code is accepted for the current step and one step either side, and only for a step later than the last one
 * used, so that a code cannot be replayed.
 */
public final class Totp {
    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private final Supplier<TimeBasedOneTimePasswordGenerator> generator;

    /**
     * The apps' generator, made at the first code: making it asks for its Mac, which brings up the JCE, a good part of
     * the services' start that only a sign-in with a code needs.
     */
    private static final class Sha1 {
        static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    public Totp() {
        this.generator = () -> Sha1.GENERATOR;
    }

    Totp(TimeBasedOneTimePasswordGenerator generator) {
        this.generator = () -> generator;
    }

    /** A new secret of 160 bits, Base32 as the apps take it. */
    public static String newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The otpauth:// URI of the QR code: the issuer is the vendor, the label the login ID. */
    public static String uri(String issuer, String loginId, String secret) {
        String label = encode(issuer) + ":" + encode(loginId);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The code for a moment: what the app shows then. */
    public String code(String secret, Instant at) {
        try {
            return generator.get().generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /** The step the typed code belongs to, if it is right within one step either side and later than {@code lastStep}. */
    public OptionalLong accept(String secret, String typed, Instant now, long lastStep) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastStep && code(secret, Instant.ofEpochSecond(step * STEP.toSeconds())).equals(code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private Key key(String secret) {
        return new SecretKeySpec(Base32.decode(secret), generator.get().getAlgorithm());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
