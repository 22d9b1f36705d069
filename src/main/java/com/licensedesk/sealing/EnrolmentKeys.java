package com.licensedesk.sealing;

/**
 * A kiosk's private keysets in clear (Tink JSON), as home hands them over: only ever inside an enrolment file sealed
 * by {@link PassphraseSeal}, never stored or logged. The kiosk seals them under its own secret key on joining.
 *
 * @param signing    the Ed25519 signing keyset
 * @param decrypting the HPKE decrypting keyset
 */
public record EnrolmentKeys(String signing, String decrypting) {
    @Override
    public String toString() {
        return "EnrolmentKeys[private keysets, not shown]";
    }
}
