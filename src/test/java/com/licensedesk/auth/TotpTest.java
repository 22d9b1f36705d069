package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The TOTP check against RFC 6238's test vectors (Appendix B), and the acceptance window and replay rule. */
class TotpTest {
    private static final String SHA1_SEED = "12345678901234567890";
    private static final String SHA256_SEED = "12345678901234567890123456789012";
    private static final String SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234";

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(eightDigits(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1).code(secret(SHA1_SEED), at))
                .isEqualTo(sha1);
        assertThat(eightDigits(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256)
                .code(secret(SHA256_SEED), at)).isEqualTo(sha256);
        assertThat(eightDigits(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512)
                .code(secret(SHA512_SEED), at)).isEqualTo(sha512);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
        Totp totp = new Totp();
        String secret = Totp.newSecret(new SecureRandom());
        Instant now = Instant.parse("2026-11-24T01:00:15Z");
        long step = now.getEpochSecond() / 30;

        String current = totp.code(secret, now);
        assertThat(totp.accept(secret, current, now, 0)).hasValue(step);
        assertThat(totp.accept(secret, current, now, step)).as("replayed").isEmpty();
        assertThat(totp.accept(secret, totp.code(secret, now.minusSeconds(30)), now, 0)).hasValue(step - 1);
        assertThat(totp.accept(secret, totp.code(secret, now.plusSeconds(30)), now, 0)).hasValue(step + 1);
        assertThat(totp.accept(secret, totp.code(secret, now.minusSeconds(60)), now, 0)).isEmpty();
        assertThat(totp.accept(secret, totp.code(secret, now.plus(Duration.ofSeconds(60))), now, 0)).isEmpty();
        assertThat(totp.accept(secret, "12345", now, 0)).isEmpty();
        assertThat(totp.accept(secret, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void secretsAreBase32AndTheUriIsWhatAuthenticatorAppsTake() {
        String secret = Totp.newSecret(new SecureRandom());
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
        assertThat(Totp.uri("License Desk", "Tanaka_01", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/License%20Desk:Tanaka_01?secret=JBSWY3DPEHPK3PXP&issuer=License%20Desk"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    private static Totp eightDigits(String algorithm) {
        return new Totp(new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 8, algorithm));
    }

    private static String secret(String seed) {
        return Base32.encode(seed.getBytes(StandardCharsets.US_ASCII));
    }
}
