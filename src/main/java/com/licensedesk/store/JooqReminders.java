package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.CATALOG_KEY;
import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.LICENCE;
import static com.licensedesk.store.schema.Tables.RENEWAL_REMINDER;
import static com.licensedesk.store.schema.Tables.SUPPORT_CONTACT;

import com.licensedesk.catalog.KeyKind;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.expiry.ReminderCandidate;
import com.licensedesk.expiry.ReminderStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class JooqReminders implements ReminderStore {
    private final Database database;

    public JooqReminders(Database database) {
        this.database = database;
    }

    @Override
    public List<ReminderCandidate> candidates(LocalDate from, LocalDate through) {
        Map<Long, Set<Integer>> reminded = new HashMap<>();
        database.dsl().select(RENEWAL_REMINDER.LICENCE_ID, RENEWAL_REMINDER.DAYS_BEFORE)
                .from(CATALOG_KEY)
                .join(LICENCE).on(LICENCE.PRODUCT_KEY.eq(CATALOG_KEY.PRODUCT_KEY))
                .join(RENEWAL_REMINDER).on(RENEWAL_REMINDER.LICENCE_ID.eq(LICENCE.ID))
                .and(RENEWAL_REMINDER.EXPIRES.eq(CATALOG_KEY.EXPIRES))
                .where(CATALOG_KEY.EXPIRES.between(from, through))
                .forEach(r -> reminded.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        return database.dsl().select(LICENCE.ID, LICENCE.ACCOUNT_ID, CONTRACTOR.COMPANY_NAME, SUPPORT_CONTACT.EMAIL,
                        CATALOG_KEY.PRODUCT, CATALOG_KEY.PRODUCT_KEY, CATALOG_KEY.KEY_KIND, CATALOG_KEY.SEATS,
                        CATALOG_KEY.EXPIRES)
                .from(CATALOG_KEY)
                .join(LICENCE).on(LICENCE.PRODUCT_KEY.eq(CATALOG_KEY.PRODUCT_KEY))
                .join(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(LICENCE.ACCOUNT_ID))
                .join(SUPPORT_CONTACT).on(SUPPORT_CONTACT.ACCOUNT_ID.eq(LICENCE.ACCOUNT_ID))
                .where(CATALOG_KEY.EXPIRES.between(from, through))
                .and(CONTRACTOR.EXCLUDE_FROM_REMINDERS.isFalse())
                .orderBy(LICENCE.ACCOUNT_ID, CATALOG_KEY.EXPIRES, LICENCE.ID)
                .fetch(r -> new ReminderCandidate(r.get(LICENCE.ID), r.get(LICENCE.ACCOUNT_ID),
                        r.get(CONTRACTOR.COMPANY_NAME), r.get(SUPPORT_CONTACT.EMAIL), r.get(CATALOG_KEY.PRODUCT),
                        new ProductKey(r.get(CATALOG_KEY.PRODUCT_KEY), KeyKind.valueOf(r.get(CATALOG_KEY.KEY_KIND))),
                        r.get(CATALOG_KEY.SEATS), r.get(CATALOG_KEY.EXPIRES),
                        Set.copyOf(reminded.getOrDefault(r.get(LICENCE.ID), Set.of()))));
    }

    @Override
    public boolean record(long licenceId, int daysBefore, LocalDate expires, Instant sentAt) {
        return database.dsl().insertInto(RENEWAL_REMINDER)
                .set(RENEWAL_REMINDER.LICENCE_ID, licenceId)
                .set(RENEWAL_REMINDER.DAYS_BEFORE, daysBefore)
                .set(RENEWAL_REMINDER.EXPIRES, expires)
                .set(RENEWAL_REMINDER.SENT_AT, Times.utc(sentAt))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
