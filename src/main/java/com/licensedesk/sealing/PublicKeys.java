package com.licensedesk.sealing;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * A place's public keys as Tink JSON keysets: text that is safe to store and to show. Built from stored text, the
 * keysets are checked to be public keys of the pinned algorithms, so a wrong or private keyset fails here.
 *
 * @param signing    the Ed25519 key that checks the place's signatures
 * @param encrypting the HPKE (X25519, HKDF-SHA256, AES-256-GCM) key that files for the place are sealed to
 */
public record PublicKeys(String signing, String encrypting) {
    public PublicKeys {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(encrypting, "encrypting");
        parse(signing, Algorithms.SIGNING, "the signing key");
        parse(encrypting, Algorithms.HYBRID, "the encrypting key");
    }

    static PublicKeys of(KeysetHandle signingPublic, KeysetHandle encryptingPublic) {
        try {
            return new PublicKeys(TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(signingPublic),
                    TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(encryptingPublic));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a public keyset does not serialise", e);
        }
    }

    PublicKeyVerify verifier() {
        return primitive(parse(signing, Algorithms.SIGNING, "the signing key"), PublicKeyVerify.class);
    }

    HybridEncrypt encrypter() {
        return primitive(parse(encrypting, Algorithms.HYBRID, "the encrypting key"), HybridEncrypt.class);
    }

    /** The raw X25519 public key: a file names its recipient by it, so another place's file says so plainly. */
    byte[] recipientId() {
        HpkePublicKey key = (HpkePublicKey) parse(encrypting, Algorithms.HYBRID, "the encrypting key")
                .getPrimary().getKey();
        return key.getPublicKeyBytes().toByteArray();
    }

    /** The same keys, whatever their text looks like (Tink's JSON may be written differently by another version). */
    boolean sameKeysAs(PublicKeys other) {
        return parse(signing, Algorithms.SIGNING, "the signing key")
                .equalsKeyset(parse(other.signing, Algorithms.SIGNING, "the signing key"))
                && parse(encrypting, Algorithms.HYBRID, "the encrypting key")
                .equalsKeyset(parse(other.encrypting, Algorithms.HYBRID, "the encrypting key"));
    }

    private static KeysetHandle parse(String text, Parameters expected, String what) {
        try {
            return Algorithms.requireOnly(TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(text), expected, what);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(what + " is not a public keyset of License Desk", e);
        }
    }

    private static <P> P primitive(KeysetHandle keyset, Class<P> type) {
        try {
            return keyset.getPrimitive(Algorithms.TINK, type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(type.getSimpleName() + " is not available", e);
        }
    }
}
