package com.licensedesk.sealing;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * A place's two key pairs: Ed25519 to sign the files it sends, HPKE (X25519, HKDF-SHA256, AES-256-GCM) to open the
 * files sealed to it. The private halves leave this class only sealed under the place's secret key, or in clear for
 * an enrolment file that a passphrase seals.
 */
public final class PlaceKeys {
    /** Associated data of each sealed keyset: the signing keyset cannot be stored in the decrypting one's place. */
    private static final byte[] SIGNING_LABEL = "License Desk place signing key".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DECRYPTING_LABEL =
            "License Desk place decrypting key".getBytes(StandardCharsets.UTF_8);

    private final KeysetHandle signing;
    private final KeysetHandle decrypting;
    private final PublicKeys publicKeys;
    private final PublicKeySign signer;
    private final HybridDecrypt decrypter;

    private PlaceKeys(KeysetHandle signing, KeysetHandle decrypting) throws GeneralSecurityException {
        this.signing = Algorithms.requireOnly(signing, Algorithms.SIGNING, "the signing keyset");
        this.decrypting = Algorithms.requireOnly(decrypting, Algorithms.HYBRID, "the decrypting keyset");
        this.publicKeys = PublicKeys.of(signing.getPublicKeysetHandle(), decrypting.getPublicKeysetHandle());
        this.signer = signing.getPrimitive(Algorithms.TINK, PublicKeySign.class);
        this.decrypter = decrypting.getPrimitive(Algorithms.TINK, HybridDecrypt.class);
    }

    /** New keys for a place: home's own on first need, or a kiosk's at enrolment. */
    public static PlaceKeys generate() {
        try {
            return new PlaceKeys(KeysetHandle.generateNew(Algorithms.SIGNING),
                    KeysetHandle.generateNew(Algorithms.HYBRID));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keys could not be made", e);
        }
    }

    public PublicKeys publicKeys() {
        return publicKeys;
    }

    /** The private keysets sealed under the place's secret key (its 32 bytes), to be stored. */
    public SealedPrivateKeys sealedPrivate(byte[] secretKey32) {
        Aead aead = Algorithms.aesGcm(secretKey32);
        try {
            return new SealedPrivateKeys(
                    TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(signing, aead, SIGNING_LABEL),
                    TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(decrypting, aead, DECRYPTING_LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the private keys could not be sealed", e);
        }
    }

    /**
     * The keys back from their stored form. The public keys stored beside them must be theirs.
     *
     * @throws SealRefused WRONG_SECRET_KEY when the secret key does not open them (another key, or altered text);
     *                     ALTERED when they open but are not the keys of the stored public keys
     */
    public static PlaceKeys unseal(String signingPrivate, String decryptingPrivate, PublicKeys publicKeys,
            byte[] secretKey32) {
        Aead aead = Algorithms.aesGcm(secretKey32);
        PlaceKeys keys;
        try {
            keys = new PlaceKeys(
                    TinkJsonProtoKeysetFormat.parseEncryptedKeyset(signingPrivate, aead, SIGNING_LABEL),
                    TinkJsonProtoKeysetFormat.parseEncryptedKeyset(decryptingPrivate, aead, DECRYPTING_LABEL));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SealRefused(SealRefused.Reason.WRONG_SECRET_KEY,
                    "the stored private keys do not open with this secret key");
        }
        if (!keys.publicKeys.sameKeysAs(publicKeys)) {
            throw new SealRefused(SealRefused.Reason.ALTERED,
                    "the stored private keys are not those of the stored public keys");
        }
        return keys;
    }

    /** The private keysets in clear, for the enrolment file only (which {@link PassphraseSeal} seals whole). */
    public EnrolmentKeys forEnrolment() {
        try {
            return new EnrolmentKeys(
                    TinkJsonProtoKeysetFormat.serializeKeyset(signing, InsecureSecretKeyAccess.get()),
                    TinkJsonProtoKeysetFormat.serializeKeyset(decrypting, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the private keys could not be written", e);
        }
    }

    /** A kiosk's keys as its enrolment file handed them over. */
    public static PlaceKeys fromEnrolment(EnrolmentKeys keys) {
        try {
            return new PlaceKeys(parsePrivate(keys.signing(), Algorithms.SIGNING),
                    parsePrivate(keys.decrypting(), Algorithms.HYBRID));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the enrolment file's keys are not private keysets of License Desk",
                    e);
        }
    }

    byte[] sign(byte[] data) {
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the file could not be signed", e);
        }
    }

    byte[] decrypt(byte[] ciphertext, byte[] contextInfo) throws GeneralSecurityException {
        return decrypter.decrypt(ciphertext, contextInfo);
    }

    private static KeysetHandle parsePrivate(String text, Parameters expected) throws GeneralSecurityException {
        // The enrolment file was opened under its passphrase: these keysets are home's, not a stranger's.
        return Algorithms.requireOnly(TinkJsonProtoKeysetFormat.parseKeyset(text, InsecureSecretKeyAccess.get()),
                expected, "an enrolment keyset");
    }

    @Override
    public String toString() {
        return "PlaceKeys[private keys, not shown]";
    }
}
