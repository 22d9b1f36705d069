package com.licensedesk.kiosks;

import java.time.Instant;
import java.util.Optional;

/**
 * This place's own keys (private parts sealed under the secret key) and, at a kiosk, its home: home's name and
 * public keys, when the kiosk last sent a bundle and last read a reply, and the number of that reply.
 */
public record PlaceIdentity(String placeName, String signingPrivate, String signingPublic,
                            String decryptingPrivate, String encryptingPublic, Optional<Home> home,
                            Instant createdAt, Optional<Instant> lastSentAt, Optional<Instant> lastHeardAt,
                            long lastReplySequence) {

    /** The home a kiosk joined. */
    public record Home(String name, String signingPublic, String encryptingPublic) {
    }

    public boolean isKiosk() {
        return home.isPresent();
    }
}
