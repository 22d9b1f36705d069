package com.licensedesk.sealing;

import static com.licensedesk.sealing.SealedFileTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.sealing.SealRefused.Reason;
import org.junit.jupiter.api.Test;

class SealedValueTest {
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String PURPOSE = "License Desk two-factor secret";

    @Test
    void aValueSealedToAPlaceOpensWithThatPlacesKeysOnly() {
        PlaceKeys home = PlaceKeys.generate();

        String sealed = SealedValue.seal(SECRET, PURPOSE, home.publicKeys());

        assertThat(sealed).startsWith("hpke1:").doesNotContain(SECRET);
        assertThat(SealedValue.seal(SECRET, PURPOSE, home.publicKeys())).as("each seal its own").isNotEqualTo(sealed);
        assertThat(SealedValue.open(sealed, PURPOSE, home)).isEqualTo(SECRET);
        assertThat(refusal(() -> SealedValue.open(sealed, PURPOSE, PlaceKeys.generate()))).isEqualTo(Reason.ALTERED);
    }

    @Test
    void anotherPurposeOrAlteredTextDoesNotOpen() {
        PlaceKeys home = PlaceKeys.generate();
        String sealed = SealedValue.seal(SECRET, PURPOSE, home.publicKeys());
        int middle = sealed.length() / 2;
        String altered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);

        assertThat(refusal(() -> SealedValue.open(sealed, "another purpose", home))).isEqualTo(Reason.ALTERED);
        assertThat(refusal(() -> SealedValue.open(altered, PURPOSE, home))).isEqualTo(Reason.ALTERED);
        assertThat(refusal(() -> SealedValue.open("v1:" + sealed.substring(6), PURPOSE, home)))
                .isEqualTo(Reason.ALTERED);
    }
}
