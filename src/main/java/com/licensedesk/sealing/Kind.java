package com.licensedesk.sealing;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a kiosk file is, written in its plain header. Bundles and replies are {@link SealedFile}s between places that
 * know each other's keys; an enrolment file is a {@link PassphraseSeal}, because the kiosk has no keys yet.
 */
public enum Kind {
    /** Home to kiosk, once: the kiosk's keys and home's public keys, under a one-time passphrase. */
    ENROLMENT(1),
    /** Kiosk to home: journal entries. */
    BUNDLE(2),
    /** Home to kiosk: acknowledgements, registered keys, catalogue changes. */
    REPLY(3);

    /** The byte in the header; fixed forever, unlike the order of the constants. */
    final int code;

    Kind(int code) {
        this.code = code;
    }

    static Optional<Kind> ofCode(int code) {
        return Arrays.stream(values()).filter(kind -> kind.code == code).findFirst();
    }
}
