package com.licensedesk.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.licensedesk.sealing.SealRefused.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SealedFileTest {
    private static final PlaceKeys HOME = PlaceKeys.generate();
    private static final PlaceKeys KIOSK_A = PlaceKeys.generate();
    private static final PlaceKeys KIOSK_B = PlaceKeys.generate();
    private static final String A = "本町キオスク";
    private static final String B = "駅前キオスク";
    private static final String HOME_NAME = "本部";
    /** Home knows both kiosks; each kiosk knows home. */
    private static final Function<String, Optional<PublicKeys>> AT_HOME = name -> Optional.ofNullable(
            Map.of(A, KIOSK_A.publicKeys(), B, KIOSK_B.publicKeys()).get(name));
    private static final Function<String, Optional<PublicKeys>> AT_A_KIOSK = name -> Optional.ofNullable(
            Map.of(HOME_NAME, HOME.publicKeys()).get(name));
    private static final Function<String, Optional<PublicKeys>> NOT_TO_BE_ASKED = name -> {
        throw new AssertionError("no key may be looked up for this file, yet " + name + " was");
    };
    private static final byte[] PAYLOAD = "{\"format\":1,\"kiosk\":\"本町キオスク\",\"entries\":[]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aBundleOpensAtHomeAsItsKioskSealedIt() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, PAYLOAD, KIOSK_A, HOME.publicKeys());

        Opened opened = SealedFile.open(file, Kind.BUNDLE, 1, HOME, AT_HOME);

        assertThat(opened.kind()).isEqualTo(Kind.BUNDLE);
        assertThat(opened.formatVersion()).isEqualTo(1);
        assertThat(opened.sender()).isEqualTo(A);
        assertThat(opened.payload()).isEqualTo(PAYLOAD);
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("entries");
    }

    @Test
    void aReplyOpensAtItsKioskAndAnOlderFormatIsRead() {
        byte[] file = SealedFile.seal(Kind.REPLY, 1, HOME_NAME, PAYLOAD, HOME, KIOSK_A.publicKeys());

        Opened opened = SealedFile.open(file, Kind.REPLY, 2, KIOSK_A, AT_A_KIOSK);

        assertThat(opened.sender()).isEqualTo(HOME_NAME);
        assertThat(opened.payload()).isEqualTo(PAYLOAD);
    }

    @Test
    void anEmptyPayloadRoundTrips() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, new byte[0], KIOSK_A, HOME.publicKeys());

        assertThat(SealedFile.open(file, Kind.BUNDLE, 1, HOME, AT_HOME).payload()).isEmpty();
    }

    @Test
    void aPeekReadsTheHeaderWithoutKeys() {
        byte[] bundle = SealedFile.seal(Kind.BUNDLE, 7, A, PAYLOAD, KIOSK_A, HOME.publicKeys());

        assertThat(SealedFile.peek(bundle)).isEqualTo(new SealedFile.Header(Kind.BUNDLE, 7, A));
        assertThat(refusal(() -> SealedFile.peek("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(Reason.NOT_A_SYNC_FILE);
        assertThat(refusal(() -> SealedFile.peek(Arrays.copyOf(bundle, 12)))).isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void everySingleByteChangedIsRefusedForWhatItChanged() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, PAYLOAD, KIOSK_A, HOME.publicKeys());
        int senderEnd = 13 + A.getBytes(StandardCharsets.UTF_8).length;
        int recipientEnd = senderEnd + 32;
        int sizeEnd = recipientEnd + 4;
        int signatureStart = file.length - 64;

        for (int position = 0; position < file.length; position++) {
            Set<Reason> expected;
            if (position < 8) {
                expected = EnumSet.of(Reason.NOT_A_SYNC_FILE);
            } else if (position == 8) {
                expected = EnumSet.of(Reason.WRONG_KIND);
            } else if (position == 9) {
                expected = EnumSet.of(Reason.NEWER_FORMAT, Reason.NOT_A_SYNC_FILE);
            } else if (position < 12) {
                expected = EnumSet.of(Reason.NEWER_FORMAT, Reason.ALTERED);
            } else if (position == 12) {
                expected = EnumSet.of(Reason.UNKNOWN_SENDER, Reason.ALTERED, Reason.TRUNCATED);
            } else if (position < senderEnd) {
                expected = EnumSet.of(Reason.UNKNOWN_SENDER, Reason.ALTERED);
            } else if (position < recipientEnd) {
                expected = EnumSet.of(Reason.ALTERED);
            } else if (position < sizeEnd) {
                expected = EnumSet.of(Reason.TRUNCATED, Reason.ALTERED);
            } else {
                expected = EnumSet.of(Reason.ALTERED);
            }
            for (int flip : new int[] {0x01, 0x80, 0xFF}) {
                byte[] changed = file.clone();
                changed[position] ^= (byte) flip;
                String where = "byte " + position + " ^ " + flip + (position >= signatureStart ? " (signature)" : "");

                assertThat(refusal(() -> SealedFile.open(changed, Kind.BUNDLE, 1, HOME, AT_HOME)))
                        .as(where).isIn(expected);
            }
        }
    }

    @Test
    void everyTruncationIsRefusedAsTruncated() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, PAYLOAD, KIOSK_A, HOME.publicKeys());

        for (int length = 0; length < file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);

            assertThat(refusal(() -> SealedFile.open(cut, Kind.BUNDLE, 1, HOME, AT_HOME)))
                    .as("cut to %d of %d bytes", length, file.length).isEqualTo(Reason.TRUNCATED);
        }
    }

    @Test
    void bytesAfterTheSignatureAreAnAlteration() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, PAYLOAD, KIOSK_A, HOME.publicKeys());

        assertThat(refusal(() -> SealedFile.open(Arrays.copyOf(file, file.length + 1), Kind.BUNDLE, 1, HOME,
                AT_HOME))).isEqualTo(Reason.ALTERED);
    }

    @Test
    void aHeaderThatClaimsGigabytesIsRefusedWithoutReadingThem() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, PAYLOAD, KIOSK_A, HOME.publicKeys());
        int sizeAt = 13 + A.getBytes(StandardCharsets.UTF_8).length + 32;

        byte[] huge = file.clone();
        Arrays.fill(huge, sizeAt, sizeAt + 4, (byte) 0xFF);
        byte[] large = file.clone();
        large[sizeAt] = 0x04;

        SealRefused hugeRefused = catchThrowableOfType(SealRefused.class,
                () -> SealedFile.open(huge, Kind.BUNDLE, 1, HOME, AT_HOME));
        assertThat(hugeRefused.reason()).isEqualTo(Reason.ALTERED);
        assertThat(hugeRefused.detail()).contains("4294967295");
        assertThat(refusal(() -> SealedFile.open(large, Kind.BUNDLE, 1, HOME, AT_HOME)))
                .isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void aReplyForAnotherKioskIsNotForUs() {
        byte[] forA = SealedFile.seal(Kind.REPLY, 1, HOME_NAME, PAYLOAD, HOME, KIOSK_A.publicKeys());

        assertThat(refusal(() -> SealedFile.open(forA, Kind.REPLY, 1, KIOSK_B, AT_A_KIOSK)))
                .isEqualTo(Reason.NOT_FOR_US);
    }

    @Test
    void aSenderHomeDoesNotKnowIsUnknown() {
        PlaceKeys stranger = PlaceKeys.generate();
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, "知らないキオスク", PAYLOAD, stranger, HOME.publicKeys());

        assertThat(refusal(() -> SealedFile.open(file, Kind.BUNDLE, 1, HOME, AT_HOME)))
                .isEqualTo(Reason.UNKNOWN_SENDER);
    }

    @Test
    void aFileKioskASignedInKioskBsNameIsAltered() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, B, PAYLOAD, KIOSK_A, HOME.publicKeys());

        assertThat(refusal(() -> SealedFile.open(file, Kind.BUNDLE, 1, HOME, AT_HOME))).isEqualTo(Reason.ALTERED);
    }

    @Test
    void aSealedPartNamingAnotherSenderThanTheHeaderIsAltered() {
        // Kiosk A, holding its own keys, signs in its own name a sealed part that says it came from kiosk B.
        byte[] file = forged(A, sealedPart(B, PAYLOAD, A), KIOSK_A);

        assertThat(refusal(() -> SealedFile.open(file, Kind.BUNDLE, 1, HOME, AT_HOME))).isEqualTo(Reason.ALTERED);
    }

    @Test
    void aSignedSealedPartThatDoesNotOpenIsAltered() {
        byte[] garbage = new byte[PAYLOAD.length + 1 + 6 * 3 + Algorithms.HYBRID_OVERHEAD];
        new Random(7).nextBytes(garbage);

        assertThat(refusal(() -> SealedFile.open(forged(A, garbage, KIOSK_A), Kind.BUNDLE, 1, HOME, AT_HOME)))
                .isEqualTo(Reason.ALTERED);
    }

    @Test
    void aNewerFormatIsRefusedBeforeAnyKeyIsLookedUp() {
        byte[] file = SealedFile.seal(Kind.BUNDLE, 3, A, PAYLOAD, KIOSK_A, HOME.publicKeys());
        byte[] newerLayout = file.clone();
        newerLayout[9] = 2;

        assertThat(refusal(() -> SealedFile.open(file, Kind.BUNDLE, 2, HOME, NOT_TO_BE_ASKED)))
                .isEqualTo(Reason.NEWER_FORMAT);
        assertThat(refusal(() -> SealedFile.open(newerLayout, Kind.BUNDLE, 3, HOME, NOT_TO_BE_ASKED)))
                .isEqualTo(Reason.NEWER_FORMAT);
        assertThat(refusal(() -> SealedFile.peek(newerLayout))).isEqualTo(Reason.NEWER_FORMAT);
    }

    @Test
    void theWrongKindIsRefusedBeforeAnyKeyIsLookedUp() {
        byte[] reply = SealedFile.seal(Kind.REPLY, 1, HOME_NAME, PAYLOAD, HOME, KIOSK_A.publicKeys());
        byte[] enrolment = PassphraseSeal.seal(1, HOME_NAME, PAYLOAD, Passphrase.generate());

        assertThat(refusal(() -> SealedFile.open(reply, Kind.BUNDLE, 1, KIOSK_A, NOT_TO_BE_ASKED)))
                .isEqualTo(Reason.WRONG_KIND);
        assertThat(refusal(() -> SealedFile.open(enrolment, Kind.REPLY, 1, KIOSK_A, NOT_TO_BE_ASKED)))
                .isEqualTo(Reason.WRONG_KIND);
    }

    @Test
    void anotherFileIsNotASyncFile() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(() -> SealedFile.open(pdf, Kind.BUNDLE, 1, HOME, NOT_TO_BE_ASKED)))
                .isEqualTo(Reason.NOT_A_SYNC_FILE);
    }

    @Test
    void aLargePayloadRoundTrips() {
        byte[] payload = new byte[20 * 1024 * 1024];
        new Random(20).nextBytes(payload);

        byte[] file = SealedFile.seal(Kind.BUNDLE, 1, A, payload, KIOSK_A, HOME.publicKeys());

        assertThat(file.length).isLessThan(SealedFile.LARGEST_FILE);
        assertThat(Arrays.equals(SealedFile.open(file, Kind.BUNDLE, 1, HOME, AT_HOME).payload(), payload)).isTrue();
    }

    @Test
    void onlyWhatAPlaceWouldSendIsSealed() {
        PublicKeys home = HOME.publicKeys();

        assertThatThrownBy(() -> SealedFile.seal(Kind.ENROLMENT, 1, HOME_NAME, PAYLOAD, HOME, home))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedFile.seal(Kind.BUNDLE, 0, A, PAYLOAD, KIOSK_A, home))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedFile.seal(Kind.BUNDLE, 1, "", PAYLOAD, KIOSK_A, home))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedFile.seal(Kind.BUNDLE, 1, "キ".repeat(81), PAYLOAD, KIOSK_A, home))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedFile.open(new byte[0], Kind.ENROLMENT, 1, HOME, AT_HOME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Reason refusal(Runnable opening) {
        SealRefused refused = catchThrowableOfType(SealRefused.class, opening::run);
        assertThat(refused).as("refused, not opened").isNotNull();
        return refused.reason();
    }

    /** What a holder of {@code signer}'s keys could make by hand: any sealed part, signed in {@code sender}'s name. */
    private static byte[] forged(String sender, byte[] sealed, PlaceKeys signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(sender, sealed.length));
        out.writeBytes(sealed);
        byte[] signed = out.toByteArray();
        out.writeBytes(signer.sign(signed));
        return out.toByteArray();
    }

    private static byte[] sealedPart(String envelopeSender, byte[] payload, String headerSender) {
        byte[] name = envelopeSender.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        envelope.write(name.length);
        envelope.writeBytes(name);
        envelope.writeBytes(payload);
        int sealedLength = envelope.size() + Algorithms.HYBRID_OVERHEAD;
        try {
            return HOME.publicKeys().encrypter().encrypt(envelope.toByteArray(), header(headerSender, sealedLength));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] header(String sender, int sealedLength) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        Preamble.write(header, Kind.BUNDLE, 1, sender);
        header.writeBytes(HOME.publicKeys().recipientId());
        SealedFile.writeU32(header, sealedLength);
        return header.toByteArray();
    }
}
