package com.licensedesk.kiosks;

import com.licensedesk.sealing.EnrolmentKeys;
import com.licensedesk.sealing.PublicKeys;

/**
 * What an enrolment file holds, under its one-time passphrase: the kiosk's name and its key pairs, and its home's
 * name and public keys. The only file that ever carries a private key, and only the kiosk's own.
 */
record EnrolmentFile(String kiosk, EnrolmentKeys keys, PublicKeys kioskPublic, String home, PublicKeys homePublic) {
    /** 1: the first format. */
    static final int FORMAT = 1;

    static String fileName(String kiosk) {
        return kiosk + ".ldenrol";
    }
}
