package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.domain.Problem;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.form.FormField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a key can be registered, decided here only: its shape, the catalogue, whether it is registered already (here,
 * or, at a kiosk, anywhere home's replies tell of), and whether its licence has expired. The screens ask early for the
 * person's sake; registration, 製品を追加する and まとめて追加 ask again inside the transaction that writes the licence,
 * and that answer is the one that counts.
 */
public final class KeyAvailability {
    private final CatalogRepository catalog;
    private final LicenceRepository licences;
    private final Clock clock;

    public KeyAvailability(CatalogRepository catalog, LicenceRepository licences, Clock clock) {
        this.catalog = catalog;
        this.licences = licences;
        this.clock = clock;
    }

    /**
     * What an expired key comes to. One key at a time it may be registered: the product check refuses it to a
     * customer and lets an operator confirm it. A batch takes none (see docs/decisions/expired-keys-only-at-the-desk).
     */
    public enum WhenExpired { ALLOWED, REFUSED }

    /**
     * The outcome: the one problem that applies, if any, and the catalogue entry whenever the key is in the
     * catalogue (a refused key's product is still shown).
     */
    public record Outcome(Optional<CatalogEntry> entry, Optional<KeyProblem> problem) {
    }

    /**
     * Checks the key as typed. {@code signedInAccount} tells a key already registered to this same account apart from
     * one registered to another.
     */
    public Outcome check(String typed, Optional<Long> signedInAccount, WhenExpired expired) {
        Optional<KeyProblem> shape = ProductKey.shapeProblem(typed);
        if (shape.isPresent()) {
            return new Outcome(Optional.empty(), shape);
        }
        ProductKey key = ProductKey.parse(typed).orElseThrow();
        Optional<CatalogEntry> entry = catalog.find(key);
        if (entry.isEmpty()) {
            return new Outcome(entry, Optional.of(KeyProblem.NOT_IN_CATALOG));
        }
        Optional<Long> owner = licences.ownerOf(key);
        if (owner.isPresent()) {
            return new Outcome(entry, Optional.of(owner.equals(signedInAccount)
                    ? KeyProblem.ALREADY_REGISTERED_HERE : KeyProblem.ALREADY_REGISTERED));
        }
        // A kiosk knows of keys registered at home or at other kiosks from home's replies: taken as well.
        if (licences.registeredElsewhere(key)) {
            return new Outcome(entry, Optional.of(KeyProblem.ALREADY_REGISTERED));
        }
        if (expired == WhenExpired.REFUSED
                && entry.get().expires().isBefore(LocalDate.now(clock.withZone(Formats.JAPAN)))) {
            return new Outcome(entry, Optional.of(KeyProblem.EXPIRED));
        }
        return new Outcome(entry, Optional.empty());
    }

    /** The key's catalogue entry when it can be registered to {@code account}; otherwise {@link KeyRefused}. */
    public CatalogEntry require(ProductKey key, Optional<Long> account, WhenExpired expired) {
        Outcome outcome = check(key.value(), account, expired);
        if (outcome.problem().isPresent()) {
            throw new KeyRefused(outcome.problem().get());
        }
        return outcome.entry().orElseThrow();
    }

    /** The product key as typed on the Start and ライセンスキー screens: required, and in a key's shape. */
    public static FormField keyField() {
        return FormField.named("keyField").required(KeyProblem.EMPTY.messageKey()).cleanUp(typed -> typed)
                .rules(typed -> ProductKey.shapeProblem(typed).map(problem -> Problem.of(problem.messageKey())))
                .build();
    }
}
