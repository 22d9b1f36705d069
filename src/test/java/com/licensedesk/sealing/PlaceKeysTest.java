package com.licensedesk.sealing;

import static com.licensedesk.sealing.SealedFileTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.sealing.SealRefused.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceKeysTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PAYLOAD = "{\"acks\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void thePublicKeysAreTextThatReadsBackAsTheSameKeys() {
        PlaceKeys keys = PlaceKeys.generate();
        PublicKeys publicKeys = keys.publicKeys();

        PublicKeys stored = new PublicKeys(publicKeys.signing(), publicKeys.encrypting());

        assertThat(stored).isEqualTo(publicKeys);
        assertThat(stored.signing()).contains("Ed25519PublicKey").doesNotContain("Private");
        assertThat(stored.encrypting()).contains("HpkePublicKey").doesNotContain("Private");
        assertThat(stored.sameKeysAs(PlaceKeys.generate().publicKeys())).isFalse();
    }

    @Test
    void textThatIsNotAPublicKeyOfTheRightKindIsRefused() {
        PublicKeys real = PlaceKeys.generate().publicKeys();
        EnrolmentKeys clear = PlaceKeys.generate().forEnrolment();

        assertThatThrownBy(() -> new PublicKeys(real.encrypting(), real.encrypting()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicKeys(clear.signing(), real.encrypting()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicKeys("{}", real.encrypting()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void privateKeysSealedUnderTheSecretKeyComeBackWorking() {
        PlaceKeys home = PlaceKeys.generate();
        PlaceKeys kiosk = PlaceKeys.generate();
        byte[] secretKey = secretKey();
        SealedPrivateKeys sealed = home.sealedPrivate(secretKey);

        PlaceKeys unsealed = PlaceKeys.unseal(sealed.signing(), sealed.decrypting(), home.publicKeys(), secretKey);

        assertThat(unsealed.publicKeys().sameKeysAs(home.publicKeys())).isTrue();
        byte[] bundle = SealedFile.seal(Kind.BUNDLE, 1, "kiosk", PAYLOAD, kiosk, home.publicKeys());
        assertThat(SealedFile.open(bundle, Kind.BUNDLE, 1, unsealed, name -> Optional.of(kiosk.publicKeys()))
                .payload()).isEqualTo(PAYLOAD);
        byte[] reply = SealedFile.seal(Kind.REPLY, 1, "home", PAYLOAD, unsealed, kiosk.publicKeys());
        assertThat(SealedFile.open(reply, Kind.REPLY, 1, kiosk, name -> Optional.of(home.publicKeys()))
                .payload()).isEqualTo(PAYLOAD);
    }

    @Test
    void theSealedTextHoldsNoKeyInClear() {
        PlaceKeys keys = PlaceKeys.generate();
        EnrolmentKeys clear = keys.forEnrolment();

        SealedPrivateKeys sealed = keys.sealedPrivate(secretKey());

        assertThat(sealed.signing()).contains("encryptedKeyset").doesNotContain(keyValue(clear.signing()));
        assertThat(sealed.decrypting()).contains("encryptedKeyset").doesNotContain(keyValue(clear.decrypting()));
    }

    @Test
    void anotherSecretKeyDoesNotOpenThem() {
        PlaceKeys keys = PlaceKeys.generate();
        SealedPrivateKeys sealed = keys.sealedPrivate(secretKey());

        assertThat(refusal(() -> PlaceKeys.unseal(sealed.signing(), sealed.decrypting(), keys.publicKeys(),
                secretKey()))).isEqualTo(Reason.WRONG_SECRET_KEY);
    }

    @Test
    void keysStoredInEachOthersPlaceOrBesideAnotherPlacesPublicKeysAreRefused() {
        PlaceKeys keys = PlaceKeys.generate();
        byte[] secretKey = secretKey();
        SealedPrivateKeys sealed = keys.sealedPrivate(secretKey);

        assertThat(refusal(() -> PlaceKeys.unseal(sealed.decrypting(), sealed.signing(), keys.publicKeys(),
                secretKey))).isEqualTo(Reason.WRONG_SECRET_KEY);
        assertThat(refusal(() -> PlaceKeys.unseal(sealed.signing(), sealed.decrypting(),
                PlaceKeys.generate().publicKeys(), secretKey))).isEqualTo(Reason.ALTERED);
    }

    @Test
    void aSecretKeyIsThirtyTwoBytes() {
        PlaceKeys keys = PlaceKeys.generate();

        assertThatThrownBy(() -> keys.sealedPrivate(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKiosksKeysTravelInItsEnrolmentAndWorkThere() {
        PlaceKeys atHome = PlaceKeys.generate();
        PlaceKeys home = PlaceKeys.generate();

        PlaceKeys atKiosk = PlaceKeys.fromEnrolment(atHome.forEnrolment());

        assertThat(atKiosk.publicKeys().sameKeysAs(atHome.publicKeys())).isTrue();
        assertThat(atKiosk.forEnrolment().toString()).doesNotContain("Ed25519");
        byte[] reply = SealedFile.seal(Kind.REPLY, 1, "home", PAYLOAD, home, atHome.publicKeys());
        assertThat(SealedFile.open(reply, Kind.REPLY, 1, atKiosk, name -> Optional.of(home.publicKeys())).payload())
                .isEqualTo(PAYLOAD);
        assertThatThrownBy(() -> PlaceKeys.fromEnrolment(new EnrolmentKeys(atHome.forEnrolment().decrypting(),
                atHome.forEnrolment().signing()))).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] secretKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The Base64 key material of a clear Tink JSON keyset. */
    private static String keyValue(String clearKeyset) {
        int start = clearKeyset.indexOf("\"value\":\"") + 9;
        return clearKeyset.substring(start, clearKeyset.indexOf('"', start));
    }
}
