package com.licensedesk.licences;

import com.licensedesk.domain.Problem;
import com.licensedesk.ui.form.FormField;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import java.util.Optional;

/** Says whether a typed key can be registered: its shape, the catalogue, and whether it is registered already. */
public final class KeyCheck {
    private final CatalogRepository catalog;
    private final LicenceRepository licences;

    public KeyCheck(CatalogRepository catalog, LicenceRepository licences) {
        this.catalog = catalog;
        this.licences = licences;
    }

    /** The outcome: the catalogue entry when the key can be registered, or the one problem that applies. */
    public record Outcome(Optional<CatalogEntry> entry, Optional<KeyProblem> problem) {
        static Outcome accepted(CatalogEntry entry) {
            return new Outcome(Optional.of(entry), Optional.empty());
        }

        static Outcome refused(KeyProblem problem) {
            return new Outcome(Optional.empty(), Optional.of(problem));
        }
    }

    /**
     * Checks the key as typed. {@code signedInAccount} tells a key already registered to this same account apart from
     * one registered to another.
     */
    public Outcome check(String typed, Optional<Long> signedInAccount) {
        Optional<KeyProblem> shape = ProductKey.shapeProblem(typed);
        if (shape.isPresent()) {
            return Outcome.refused(shape.get());
        }
        ProductKey key = ProductKey.parse(typed).orElseThrow();
        Optional<CatalogEntry> entry = catalog.find(key);
        if (entry.isEmpty()) {
            return Outcome.refused(KeyProblem.NOT_IN_CATALOG);
        }
        Optional<Long> owner = licences.ownerOf(key);
        if (owner.isPresent()) {
            return Outcome.refused(owner.equals(signedInAccount)
                    ? KeyProblem.ALREADY_REGISTERED_HERE : KeyProblem.ALREADY_REGISTERED);
        }
        return Outcome.accepted(entry.get());
    }

    /** The product key as typed on the Start and ライセンスキー screens: required, and in a key's shape. */
    public static FormField keyField() {
        return FormField.named("keyField").required(KeyProblem.EMPTY.messageKey()).cleanUp(typed -> typed)
                .rules(typed -> ProductKey.shapeProblem(typed).map(problem -> Problem.of(problem.messageKey())))
                .build();
    }
}
