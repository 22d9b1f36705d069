package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.CATALOG_KEY;
import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.CUSTOMER_INDEX;
import static com.licensedesk.store.schema.Tables.LICENCE;

import com.licensedesk.directory.Cancellation;
import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.directory.Directory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

public final class JooqDirectory implements Directory {
    private final Database database;

    public JooqDirectory(Database database) {
        this.database = database;
    }

    @Override
    public List<CustomerSummary> search(List<String> foldedTerms, int limit, LocalDate today,
                                        Cancellation cancellation) {
        StatementStop statements = new StatementStop();
        cancellation.whenCancelled(statements::stop);
        return statements.run(database.dsl(), dsl -> search(dsl, foldedTerms, limit, today));
    }

    private List<CustomerSummary> search(DSLContext dsl, List<String> foldedTerms, int limit, LocalDate today) {
        // Kana and kanji are only in names: such a search reads the short names, not everything.
        var searched = foldedTerms.stream().allMatch(CustomerIndex::onlyInNames)
                ? CUSTOMER_INDEX.NAME_TEXT : CUSTOMER_INDEX.SEARCH_TEXT;
        Condition matches = DSL.and(foldedTerms.stream().map(searched::contains).toList());
        // One statement: the page's ids sorted and cut first, then the counts and expiries for those rows only, not
        // for every customer that matches a common reading.
        var ids = dsl.select(CUSTOMER_INDEX.ACCOUNT_ID, CUSTOMER_INDEX.SORT_KEY).from(CUSTOMER_INDEX).where(matches);
        Table<?> page = (foldedTerms.isEmpty()
                ? ids.orderBy(CUSTOMER_INDEX.ACCOUNT_ID.desc())
                : ids.orderBy(CUSTOMER_INDEX.SORT_KEY, CUSTOMER_INDEX.ACCOUNT_ID)).limit(limit).asTable("page");
        Field<Long> id = page.field(CUSTOMER_INDEX.ACCOUNT_ID);
        Field<String> sortKey = page.field(CUSTOMER_INDEX.SORT_KEY);
        return dsl.select(summaryFields(today)).from(page)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(id))
                .join(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(ACCOUNT.ID))
                .orderBy(foldedTerms.isEmpty() ? List.of(id.desc()) : List.of(sortKey.asc(), id.asc()))
                .fetch(record -> summary(record, today));
    }

    @Override
    public List<CustomerSummary> sameCompany(String foldedName, String postalCode, String phoneDigits,
                                             Optional<String> mailDomain, LocalDate today) {
        Condition name = foldedName.isEmpty() ? DSL.falseCondition()
                : CUSTOMER_INDEX.SEARCH_TEXT.contains(foldedName).and(CONTRACTOR.POSTAL_CODE.eq(postalCode));
        Condition phone = phoneDigits.isEmpty() ? DSL.falseCondition()
                : CUSTOMER_INDEX.SEARCH_TEXT.contains(phoneDigits);
        Condition domain = mailDomain.<Condition>map(d -> DSL.lower(ACCOUNT.EMAIL).endsWith("@" + d))
                .orElse(DSL.falseCondition());
        return from(today).where(name.or(phone).or(domain)).orderBy(ACCOUNT.ID).limit(20)
                .fetch(record -> summary(record, today));
    }

    @Override
    public Optional<CustomerSummary> find(long accountId, LocalDate today) {
        return from(today).where(ACCOUNT.ID.eq(accountId)).fetchOptional(record -> summary(record, today));
    }

    @Override
    public List<CustomerSummary> all(LocalDate today) {
        return from(today).orderBy(CUSTOMER_INDEX.SORT_KEY, ACCOUNT.ID).fetch(record -> summary(record, today));
    }

    private SelectOnConditionStep<? extends Record> from(LocalDate today) {
        return database.dsl().select(summaryFields(today))
                .from(CUSTOMER_INDEX)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(CUSTOMER_INDEX.ACCOUNT_ID))
                .join(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(ACCOUNT.ID));
    }

    /** What a summary shows of a customer. */
    private static List<SelectField<?>> summaryFields(LocalDate today) {
        return List.of(ACCOUNT.ID, ACCOUNT.LOGIN_ID, ACCOUNT.CONTACT_NAME, ACCOUNT.PHONE_AREA, ACCOUNT.PHONE_NUMBER,
                CONTRACTOR.COMPANY_NAME, CONTRACTOR.COMPANY_NAME_KANA, licenceCount().as("licences"),
                nextExpiry(today).as("next_expiry"));
    }

    private static Field<Integer> licenceCount() {
        return DSL.field(DSL.selectCount().from(LICENCE).where(LICENCE.ACCOUNT_ID.eq(ACCOUNT.ID)));
    }

    /** The soonest expiry that has not passed: a licence is valid through its expiry date. */
    private static Field<LocalDate> nextExpiry(LocalDate today) {
        return DSL.field(DSL.select(DSL.min(CATALOG_KEY.EXPIRES)).from(LICENCE)
                .join(CATALOG_KEY).on(CATALOG_KEY.PRODUCT_KEY.eq(LICENCE.PRODUCT_KEY))
                .where(LICENCE.ACCOUNT_ID.eq(ACCOUNT.ID)).and(CATALOG_KEY.EXPIRES.ge(today)));
    }

    private static CustomerSummary summary(Record r, LocalDate today) {
        return new CustomerSummary(r.get(ACCOUNT.ID), r.get(CONTRACTOR.COMPANY_NAME),
                Times.emptyIfNull(r.get(CONTRACTOR.COMPANY_NAME_KANA)), r.get(ACCOUNT.LOGIN_ID),
                r.get(ACCOUNT.CONTACT_NAME), r.get(ACCOUNT.PHONE_AREA) + "-" + r.get(ACCOUNT.PHONE_NUMBER),
                r.get("licences", Integer.class), Optional.ofNullable(r.get("next_expiry", LocalDate.class)));
    }
}
