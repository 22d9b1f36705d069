package com.licensedesk.sealing;

import static com.licensedesk.sealing.SealedFileTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.sealing.SealRefused.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PassphraseSealTest {
    private static final String HOME = "本部";
    private static final byte[] PAYLOAD =
            "{\"format\":1,\"kiosk\":\"本町キオスク\"}".getBytes(StandardCharsets.UTF_8);
    private static final String PASSPHRASE = Passphrase.generate();
    /** One file for the tests that only read it: each seal and each open costs a slow hash. */
    private static final byte[] FILE = PassphraseSeal.seal(1, HOME, PAYLOAD, PASSPHRASE);

    @Test
    void anEnrolmentFileOpensUnderItsPassphraseAsTyped() {
        Opened opened = PassphraseSeal.open(FILE, 1, PASSPHRASE.toLowerCase().replace("-", " "));

        assertThat(opened.kind()).isEqualTo(Kind.ENROLMENT);
        assertThat(opened.formatVersion()).isEqualTo(1);
        assertThat(opened.sender()).isEqualTo(HOME);
        assertThat(opened.payload()).isEqualTo(PAYLOAD);
        assertThat(SealedFile.peek(FILE)).isEqualTo(new SealedFile.Header(Kind.ENROLMENT, 1, HOME));
        assertThat(new String(FILE, StandardCharsets.UTF_8)).doesNotContain("本町キオスク");
    }

    @Test
    void anotherPassphraseDoesNotOpenIt() {
        assertThat(refusal(() -> PassphraseSeal.open(FILE, 1, Passphrase.generate())))
                .isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThat(refusal(() -> PassphraseSeal.open(FILE, 1, "password"))).isEqualTo(Reason.WRONG_PASSPHRASE);
    }

    @Test
    void onlyAGeneratedPassphraseSealsAFile() {
        assertThatThrownBy(() -> PassphraseSeal.seal(1, HOME, PAYLOAD, "Password1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassphraseSeal.seal(1, HOME, PAYLOAD, "K7MP-3XQ9-ABCD-EFGH-JKMN"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachFileHasItsOwnSalt() {
        byte[] again = PassphraseSeal.seal(1, HOME, PAYLOAD, PASSPHRASE);

        assertThat(again).hasSameSizeAs(FILE).isNotEqualTo(FILE);
    }

    @Test
    void everyTruncationIsRefusedBeforeThePassphraseIsTried() {
        for (int length = 0; length < FILE.length; length++) {
            byte[] cut = Arrays.copyOf(FILE, length);

            assertThat(refusal(() -> PassphraseSeal.open(cut, 1, "not tried")))
                    .as("cut to %d of %d bytes", length, FILE.length).isEqualTo(Reason.TRUNCATED);
        }
    }

    @Test
    void aChangedByteIsRefused() {
        int headerEnd = 13 + HOME.getBytes(StandardCharsets.UTF_8).length + 16 + 4;
        // The salt's, the ciphertext's first (the IV), one inside and the tag's last: each costs a slow hash.
        for (int position : new int[] {headerEnd - 20, headerEnd, headerEnd + 20, FILE.length - 1}) {
            byte[] changed = FILE.clone();
            changed[position] ^= 0x01;

            assertThat(refusal(() -> PassphraseSeal.open(changed, 1, PASSPHRASE))).as("byte %d", position)
                    .isEqualTo(Reason.WRONG_PASSPHRASE);
        }
        for (int position = 0; position < 12; position++) {
            byte[] changed = FILE.clone();
            changed[position] ^= (byte) 0x80;

            assertThat(refusal(() -> PassphraseSeal.open(changed, 1, "not tried"))).as("byte %d", position)
                    .isIn(EnumSet.of(Reason.NOT_A_SYNC_FILE, Reason.WRONG_KIND, Reason.NEWER_FORMAT));
        }
    }

    @Test
    void aNewerFormatOrAnotherKindIsRefusedBeforeThePassphraseIsTried() {
        byte[] newer = PassphraseSeal.seal(2, HOME, PAYLOAD, PASSPHRASE);
        PlaceKeys kiosk = PlaceKeys.generate();
        byte[] bundle = SealedFile.seal(Kind.BUNDLE, 1, "kiosk", PAYLOAD, kiosk, PlaceKeys.generate().publicKeys());

        assertThat(refusal(() -> PassphraseSeal.open(newer, 1, PASSPHRASE))).isEqualTo(Reason.NEWER_FORMAT);
        assertThat(refusal(() -> PassphraseSeal.open(bundle, 1, PASSPHRASE))).isEqualTo(Reason.WRONG_KIND);
    }

    @Test
    void bytesAfterItsEndAreAnAlteration() {
        assertThat(refusal(() -> PassphraseSeal.open(Arrays.copyOf(FILE, FILE.length + 1), 1, PASSPHRASE)))
                .isEqualTo(Reason.ALTERED);
    }

    @Test
    void anEnrolmentPayloadIsBounded() {
        assertThatThrownBy(() -> PassphraseSeal.seal(1, HOME, new byte[PassphraseSeal.LARGEST_PAYLOAD + 1],
                PASSPHRASE)).isInstanceOf(IllegalArgumentException.class);
    }
}
