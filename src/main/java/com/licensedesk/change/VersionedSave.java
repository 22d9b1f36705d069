package com.licensedesk.change;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.mail.NewMail;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a handler does to save a record that has a version: read what is stored, compare, and only when something
 * differs write it, with its mail and an audit entry of the fields that changed. A save that changes nothing writes,
 * sends and records nothing.
 */
public final class VersionedSave {
    private VersionedSave() {
    }

    /**
     * {@code sameVersion} tells whether what is stored is still the version the screen was filled from, and
     * {@code write} writes only if it still is (a conditional update). Otherwise nothing is written and
     * {@link ChangedElsewhere} carries what is stored now.
     */
    public static <T> Outcome<FieldChanges> of(long accountId, AuditAction action, Supplier<T> stored,
                                               Predicate<T> sameVersion, Function<T, FieldChanges> diff,
                                               BooleanSupplier write, BiFunction<T, FieldChanges, List<NewMail>> mails) {
        T before = stored.get();
        if (!sameVersion.test(before)) {
            throw new ChangedElsewhere(before);
        }
        FieldChanges changes = diff.apply(before);
        if (changes.isEmpty()) {
            return Outcome.unchanged(changes);
        }
        if (!write.getAsBoolean()) {
            throw new ChangedElsewhere(stored.get());
        }
        return Outcome.changed(changes).mailing(mails.apply(before, changes))
                .audited(accountId, action, changes.auditDetail());
    }

    /**
     * A desk's own setting on an account (not the customer's data): no mail. {@code write} says whether it changed
     * anything; nothing is audited when it did not.
     */
    public static Outcome<Boolean> setting(long accountId, AuditAction action, String detail, BooleanSupplier write) {
        return write.getAsBoolean() ? Outcome.changed(true).audited(accountId, action, detail)
                : Outcome.unchanged(false);
    }
}
