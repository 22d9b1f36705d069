package com.licensedesk.kiosks;

import com.licensedesk.change.Transactor;
import com.licensedesk.sealing.PlaceKeys;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.sealing.SealedPrivateKeys;
import java.time.Clock;
import java.util.Optional;

/**
 * This place's keys, opened under its secret key. Home makes its pair the first time it needs one (the first
 * enrolment); a kiosk has its pair from the enrolment file it joined with.
 */
public final class PlaceKeyring {
    private final PlaceIdentityRepository identities;
    private final Transactor transactor;
    private final byte[] secretKey;
    private final Clock clock;
    private final String placeName;
    private volatile PlaceKeys opened;

    /** {@code placeName}: home's name as its kiosks know it (the desk's name). */
    public PlaceKeyring(PlaceIdentityRepository identities, Transactor transactor, byte[] secretKey, Clock clock,
                        String placeName) {
        this.identities = identities;
        this.transactor = transactor;
        this.secretKey = secretKey.clone();
        this.clock = clock;
        this.placeName = placeName;
    }

    public Optional<PlaceIdentity> identity() {
        return identities.find();
    }

    /** At a kiosk: its home. Empty at home, or before the kiosk joined. */
    public Optional<PlaceIdentity.Home> home() {
        return identity().flatMap(PlaceIdentity::home);
    }

    /** This place's name in the files it signs: the kiosk's enrolled name, or home's. */
    public String name() {
        return identity().map(PlaceIdentity::placeName).orElse(placeName);
    }

    /** Home's keys, made now if this is the first time. Refuses at a kiosk: a kiosk does not enrol others. */
    public PlaceKeys homeKeys() {
        PlaceIdentity identity = transactor.inTransaction(() -> identities.find().orElseGet(this::makeHome));
        if (identity.isKiosk()) {
            throw new IllegalStateException("A kiosk has no kiosks of its own");
        }
        return open(identity);
    }

    /** The keys of whatever this place is; empty before it has any. */
    public Optional<PlaceKeys> keys() {
        return identities.find().map(this::open);
    }

    /** Seals a kiosk's keys under this place's secret key, for the identity row it joins with. */
    SealedPrivateKeys seal(PlaceKeys keys) {
        return keys.sealedPrivate(secretKey);
    }

    private PlaceIdentity makeHome() {
        PlaceKeys keys = PlaceKeys.generate();
        SealedPrivateKeys sealed = keys.sealedPrivate(secretKey);
        PlaceIdentity home = new PlaceIdentity(placeName, sealed.signing(), keys.publicKeys().signing(),
                sealed.decrypting(), keys.publicKeys().encrypting(), Optional.empty(), clock.instant(),
                Optional.empty(), Optional.empty(), 0);
        identities.create(home);
        return home;
    }

    private PlaceKeys open(PlaceIdentity identity) {
        PlaceKeys keys = opened;
        if (keys == null) {
            keys = PlaceKeys.unseal(identity.signingPrivate(), identity.decryptingPrivate(),
                    new PublicKeys(identity.signingPublic(), identity.encryptingPublic()), secretKey);
            opened = keys;
        }
        return keys;
    }
}
