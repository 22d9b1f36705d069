package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class RecoveryCodeHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void eachCodeIsHashedWithItsOwnSaltAndMatchedAsTyped() {
        String code = new OneTimeCode(random).next(10, 5);
        String first = RecoveryCodeHash.of(code, random);
        String second = RecoveryCodeHash.of(code, random);

        assertThat(first).hasSize(64).isNotEqualTo(second).doesNotContain(code);
        assertThat(RecoveryCodeHash.matches(code.toLowerCase().replace("-", " "), first)).isTrue();
        assertThat(RecoveryCodeHash.matches(code, second)).isTrue();
        assertThat(RecoveryCodeHash.matches("AAAAA-AAAAA", first)).isFalse();
    }

    @Test
    void aPlainHashAnOlderVersionStoredIsStillRecognised() {
        assertThat(RecoveryCodeHash.matches("ABCDE-FGHJK", OneTimeCode.hash("ABCDE-FGHJK"))).isTrue();
        assertThat(RecoveryCodeHash.matches("ABCDE-FGHJL", OneTimeCode.hash("ABCDE-FGHJK"))).isFalse();
        assertThat(RecoveryCodeHash.matches("ABCDE-FGHJK", "not a hash")).isFalse();
    }
}
