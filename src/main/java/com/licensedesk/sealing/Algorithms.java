package com.licensedesk.sealing;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;

/**
 * The algorithms of the kiosk files, pinned: a keyset that holds anything else is refused, so a stored or sent key
 * cannot swap in a weaker one. All keys are NO_PREFIX (no Tink key-id prefix): each keyset holds one key.
 */
final class Algorithms {
    static final Ed25519Parameters SIGNING = Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX);
    static final HpkeParameters HYBRID;
    static final AesGcmParameters AES_256_GCM;
    /** HPKE's ciphertext is the encapsulated key (Nenc = 32 for DHKEM(X25519)) then AES-256-GCM's (tag Nt = 16). */
    static final int HYBRID_OVERHEAD = 32 + 16;
    /** Tink's AES-GCM ciphertext: a 12-byte IV, then the ciphertext and its 16-byte tag. */
    static final int AES_GCM_OVERHEAD = 12 + 16;
    static final int SIGNATURE_BYTES = 64;
    static final int X25519_KEY_BYTES = 32;
    static final int AES_KEY_BYTES = 32;
    static final Configuration TINK;

    static {
        try {
            HybridConfig.register();
            SignatureConfig.register();
            AeadConfig.register();
            HYBRID = HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.NO_PREFIX)
                    .build();
            AES_256_GCM = AesGcmParameters.builder()
                    .setKeySizeBytes(AES_KEY_BYTES)
                    .setIvSizeBytes(12)
                    .setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
            TINK = RegistryConfiguration.get();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Algorithms() {
    }

    /**
     * AES-256-GCM under 32 bytes that come from outside Tink (the place's secret key, or a key derived from a
     * passphrase). Tink guards raw key bytes behind a SecretKeyAccess token; InsecureSecretKeyAccess is that token,
     * taken knowingly here because the bytes are ours to use and never leave this method.
     */
    static Aead aesGcm(byte[] key) {
        if (key.length != AES_KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key is 32 bytes, not " + key.length);
        }
        try {
            AesGcmKey aesKey = AesGcmKey.builder()
                    .setParameters(AES_256_GCM)
                    .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
                    .build();
            return KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(aesKey).withRandomId().makePrimary())
                    .build()
                    .getPrimitive(TINK, Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        }
    }

    /** The keyset holds exactly one key, of these parameters; otherwise it is not one of ours. */
    static KeysetHandle requireOnly(KeysetHandle keyset, Parameters expected, String what) {
        if (keyset.size() != 1 || !keyset.getPrimary().getKey().getParameters().equals(expected)) {
            throw new IllegalArgumentException(what + " is not a single key of " + expected);
        }
        return keyset;
    }
}
