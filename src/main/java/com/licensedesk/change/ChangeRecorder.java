package com.licensedesk.change;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.mail.NewMail;
import com.licensedesk.mail.Outbox;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way an account's data is changed: read what is stored, compare, and only when something differs write
 * it, queue the confirmation mail and record the audit entry, all in one transaction. A save that changes nothing
 * writes nothing and sends nothing. The actor must be allowed to change customers' data.
 */
public final class ChangeRecorder {
    private final Transactor transactor;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ChangeRecorder(Transactor transactor, Outbox outbox, AuditLog audit, Clock clock) {
        this.transactor = transactor;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A desk's own setting on an account (not the customer's data): written and audited in one transaction, with no
     * mail to the customer. {@code write} says whether it changed anything; nothing is audited when it did not.
     */
    public boolean setting(Acting acting, String action, String detail, BooleanSupplier write) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        return transactor.inTransaction(() -> {
            boolean changed = write.getAsBoolean();
            if (changed) {
                audit.record(new AuditEntry(clock.instant(), Optional.of(acting.accountId()), acting.actor(), action,
                        detail));
            }
            return changed;
        });
    }

    /**
     * A save of a record that has a version: {@code sameVersion} tells whether what is stored is still the version the
     * screen was filled from, and {@code write} writes only if it still is (a conditional update). Otherwise nothing is
     * written and {@link ChangedElsewhere} carries what is stored now; audit and mail then describe nothing.
     */
    public <T> FieldChanges save(Acting acting, String action, Supplier<T> stored, Predicate<T> sameVersion,
                                 Function<T, FieldChanges> diff, BooleanSupplier write,
                                 BiFunction<T, FieldChanges, List<NewMail>> mails) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        return transactor.inTransaction(() -> {
            T before = stored.get();
            if (!sameVersion.test(before)) {
                throw new ChangedElsewhere(before);
            }
            FieldChanges changes = diff.apply(before);
            if (!changes.isEmpty()) {
                if (!write.getAsBoolean()) {
                    throw new ChangedElsewhere(stored.get());
                }
                mails.apply(before, changes).forEach(outbox::enqueue);
                audit.record(new AuditEntry(clock.instant(), Optional.of(acting.accountId()), acting.actor(), action,
                        changes.auditDetail()));
            }
            return changes;
        });
    }
}
