package com.licensedesk.licences;

import com.licensedesk.catalog.ProductKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Registered licences. A key is registered at most once, whatever the number of desks writing at the same time. */
public interface LicenceRepository {

    /** The account the key is registered to, if it is. */
    Optional<Long> ownerOf(ProductKey key);

    /** Registers the key; throws {@link KeyAlreadyRegistered} when it already is, to any account. */
    long add(long accountId, ProductKey key, AgreementAcceptance agreement, Instant registeredAt);

    List<Licence> forAccount(long accountId);

    /** The keys registered after the licence {@code afterId}, oldest first, at most {@code limit}: keys only. */
    List<RegisteredKey> keysAfter(long afterId, int limit);

    record RegisteredKey(long licenceId, String productKey) {
    }

    /** At a kiosk: whether home's replies said the key is registered, at home or at another kiosk. */
    boolean registeredElsewhere(ProductKey key);

    /** At a kiosk: keys a reply from home says are registered; a key noted before stays as it was. */
    void noteRegisteredElsewhere(Collection<ProductKey> keys, Instant notedAt);

    /** What an account's licences look like from outside, cheaply: read again, it says whether they changed. */
    Stamp stampFor(long accountId);

    /**
     * How many licences, the newest, and the latest catalogue import among their keys: a key added (licences are
     * never taken away) or re-imported with a new expiry changes it.
     */
    record Stamp(int count, long lastId, Instant lastImport) {
    }

    /** Another registration took this key first. */
    final class KeyAlreadyRegistered extends RuntimeException {
        public KeyAlreadyRegistered(ProductKey key) {
            super("Key already registered: " + key);
        }
    }
}
