package com.licensedesk.sealing;

/**
 * A place's private keysets encrypted under its secret key (Tink JSON encrypted keysets): safe to store beside the
 * public keys; useless without the secret key.
 *
 * @param signing    the Ed25519 signing keyset, sealed
 * @param decrypting the HPKE decrypting keyset, sealed
 */
public record SealedPrivateKeys(String signing, String decrypting) {
}
