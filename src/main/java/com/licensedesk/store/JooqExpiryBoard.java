package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.CATALOG_KEY;
import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.LICENCE;
import static com.licensedesk.store.schema.Tables.RENEWAL_REMINDER;
import static com.licensedesk.store.schema.Tables.SUPPORT_CONTACT;

import com.licensedesk.expiry.ExpiringLicence;
import com.licensedesk.expiry.ExpiryBoard;
import com.licensedesk.expiry.ExpiryCount;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectSeekStep3;
import org.jooq.impl.DSL;

public final class JooqExpiryBoard implements ExpiryBoard {
    /**
     * Made at the first query, after the database is open, not as the desk starts: building them initialises much of
     * jOOQ, which must not happen beside the database's opening (see {@link Database#openLater}).
     */
    private static final class Columns {
        static final Field<Integer> LICENCES = DSL.count().as("licences");
        static final Field<LocalDateTime> LAST_REMINDER = DSL.field(DSL.select(DSL.max(RENEWAL_REMINDER.SENT_AT))
                .from(RENEWAL_REMINDER).where(RENEWAL_REMINDER.LICENCE_ID.eq(LICENCE.ID))).as("last_reminder");
    }

    private final Database database;

    public JooqExpiryBoard(Database database) {
        this.database = database;
    }

    @Override
    public List<ExpiryCount> countsThrough(LocalDate through) {
        return database.dsl().select(CATALOG_KEY.EXPIRES, CATALOG_KEY.PRODUCT, Columns.LICENCES)
                .from(LICENCE).join(CATALOG_KEY).on(CATALOG_KEY.PRODUCT_KEY.eq(LICENCE.PRODUCT_KEY))
                .where(CATALOG_KEY.EXPIRES.le(through))
                .groupBy(CATALOG_KEY.EXPIRES, CATALOG_KEY.PRODUCT)
                .fetch(r -> new ExpiryCount(r.get(CATALOG_KEY.EXPIRES), r.get(CATALOG_KEY.PRODUCT), r.get(Columns.LICENCES)));
    }

    @Override
    public List<ExpiringLicence> licences(Optional<LocalDate> from, LocalDate through, Optional<String> product,
                                          int limit) {
        return query(from, through, product).limit(limit).fetch(JooqExpiryBoard::licence);
    }

    @Override
    public int count(Optional<LocalDate> from, LocalDate through, Optional<String> product) {
        return database.dsl().fetchCount(database.dsl().selectOne().from(CATALOG_KEY)
                .join(LICENCE).on(LICENCE.PRODUCT_KEY.eq(CATALOG_KEY.PRODUCT_KEY))
                .where(condition(from, through, product)));
    }

    @Override
    public void eachLicence(Optional<LocalDate> from, LocalDate through, Optional<String> product,
                            Consumer<ExpiringLicence> each) {
        try (Cursor<? extends Record> rows = query(from, through, product).fetchSize(1_000).fetchLazy()) {
            for (Record row : rows) {
                each.accept(licence(row));
            }
        }
    }

    private SelectSeekStep3<? extends Record, LocalDate, String, Long> query(Optional<LocalDate> from,
                                                                           LocalDate through,
                                                                           Optional<String> product) {
        return database.dsl().select(LICENCE.ID, LICENCE.ACCOUNT_ID, CONTRACTOR.COMPANY_NAME, ACCOUNT.LOGIN_ID,
                        SUPPORT_CONTACT.CONTACT_NAME, SUPPORT_CONTACT.PHONE_AREA, SUPPORT_CONTACT.PHONE_NUMBER,
                        CATALOG_KEY.PRODUCT, CATALOG_KEY.PRODUCT_KEY, CATALOG_KEY.SEATS, CATALOG_KEY.EXPIRES,
                        Columns.LAST_REMINDER)
                .from(CATALOG_KEY)
                .join(LICENCE).on(LICENCE.PRODUCT_KEY.eq(CATALOG_KEY.PRODUCT_KEY))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(LICENCE.ACCOUNT_ID))
                .join(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(LICENCE.ACCOUNT_ID))
                .join(SUPPORT_CONTACT).on(SUPPORT_CONTACT.ACCOUNT_ID.eq(LICENCE.ACCOUNT_ID))
                .where(condition(from, through, product))
                .orderBy(CATALOG_KEY.EXPIRES, CONTRACTOR.COMPANY_NAME, LICENCE.ID);
    }

    private static Condition condition(Optional<LocalDate> from, LocalDate through, Optional<String> product) {
        return CATALOG_KEY.EXPIRES.le(through)
                .and(from.map(CATALOG_KEY.EXPIRES::ge).orElse(DSL.noCondition()))
                .and(product.map(CATALOG_KEY.PRODUCT::eq).orElse(DSL.noCondition()));
    }

    private static ExpiringLicence licence(Record r) {
        return new ExpiringLicence(r.get(LICENCE.ID), r.get(LICENCE.ACCOUNT_ID), r.get(CONTRACTOR.COMPANY_NAME),
                r.get(ACCOUNT.LOGIN_ID), r.get(SUPPORT_CONTACT.CONTACT_NAME),
                r.get(SUPPORT_CONTACT.PHONE_AREA) + "-" + r.get(SUPPORT_CONTACT.PHONE_NUMBER),
                r.get(CATALOG_KEY.PRODUCT), r.get(CATALOG_KEY.PRODUCT_KEY), r.get(CATALOG_KEY.SEATS),
                r.get(CATALOG_KEY.EXPIRES), Optional.ofNullable(Times.instant(r.get(Columns.LAST_REMINDER))));
    }
}
