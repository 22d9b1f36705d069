package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.CUSTOMER_INDEX;

import com.licensedesk.directory.Cancellation;
import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.directory.Directory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
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
        boolean inNames = foldedTerms.stream().allMatch(CustomerIndex::onlyInNames);
        String sql = pages.computeIfAbsent(new PageShape(inNames, foldedTerms.size()),
                shape -> dsl.render(page(shape)));
        List<Object> values = new ArrayList<>(foldedTerms);
        values.add(limit);
        return dsl.resultQuery(sql, values.toArray()).coerce(shown()).fetch(record -> summary(record, today));
    }

    /**
     * The statement of a page, by the column searched and the number of terms: rendered once for each, since
     * building and rendering it cost a tenth of reading a common term's page.
     */
    private final Map<PageShape, String> pages = new ConcurrentHashMap<>();

    private record PageShape(boolean inNames, int terms) {
    }

    /** The page's ids sorted and cut first, from the index that holds the searched text; then those rows alone. */
    private Select<?> page(PageShape shape) {
        DSLContext dsl = database.dsl();
        var searched = shape.inNames() ? CUSTOMER_INDEX.NAME_TEXT : CUSTOMER_INDEX.SEARCH_TEXT;
        Condition matches = DSL.and(IntStream.range(0, shape.terms())
                .mapToObj(term -> searched.contains(DSL.param("term" + term, String.class))).toList());
        var ids = dsl.select(CUSTOMER_INDEX.ACCOUNT_ID, CUSTOMER_INDEX.SORT_KEY).from(CUSTOMER_INDEX).where(matches);
        Table<?> page = (shape.terms() == 0
                ? ids.orderBy(CUSTOMER_INDEX.ACCOUNT_ID.desc())
                : ids.orderBy(CUSTOMER_INDEX.SORT_KEY, CUSTOMER_INDEX.ACCOUNT_ID))
                .limit(DSL.param("limit", Integer.class)).asTable("page");
        Field<Long> id = page.field(CUSTOMER_INDEX.ACCOUNT_ID);
        Field<String> sortKey = page.field(CUSTOMER_INDEX.SORT_KEY);
        return dsl.select(shown()).from(page)
                .join(CUSTOMER_INDEX).on(CUSTOMER_INDEX.ACCOUNT_ID.eq(id))
                .where(listed())
                .orderBy(shape.terms() == 0 ? List.of(id.desc()) : List.of(sortKey.asc(), id.asc()));
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
        return database.dsl().select(shown()).from(CUSTOMER_INDEX)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(CUSTOMER_INDEX.ACCOUNT_ID))
                .join(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(name.or(phone).or(domain)).and(listed()).orderBy(ACCOUNT.ID).limit(20)
                .fetch(record -> summary(record, today));
    }

    @Override
    public Optional<CustomerSummary> find(long accountId, LocalDate today) {
        return database.dsl().select(shown()).from(CUSTOMER_INDEX)
                .where(CUSTOMER_INDEX.ACCOUNT_ID.eq(accountId)).and(listed())
                .fetchOptional(record -> summary(record, today));
    }

    @Override
    public List<CustomerSummary> all(LocalDate today) {
        return database.dsl().select(shown()).from(CUSTOMER_INDEX).where(listed())
                .orderBy(CUSTOMER_INDEX.SORT_KEY, CUSTOMER_INDEX.ACCOUNT_ID).fetch(record -> summary(record, today));
    }

    /** What a row of the list shows, all kept in the customer's index row (see V23). */
    private static List<Field<?>> shown() {
        return List.of(CUSTOMER_INDEX.ACCOUNT_ID, CUSTOMER_INDEX.LOGIN_ID, CUSTOMER_INDEX.CONTACT_NAME,
                CUSTOMER_INDEX.PHONE_AREA, CUSTOMER_INDEX.PHONE_NUMBER, CUSTOMER_INDEX.COMPANY_NAME,
                CUSTOMER_INDEX.COMPANY_NAME_KANA, CUSTOMER_INDEX.LICENCE_EXPIRIES);
    }

    /** The list shows customers with a contractor: every registration makes one. */
    private static Condition listed() {
        return CUSTOMER_INDEX.COMPANY_NAME.isNotNull();
    }

    private static CustomerSummary summary(Record r, LocalDate today) {
        String expiries = r.get(CUSTOMER_INDEX.LICENCE_EXPIRIES);
        String[] dates = expiries.isEmpty() ? new String[0] : expiries.split(CustomerIndex.EXPIRIES);
        return new CustomerSummary(r.get(CUSTOMER_INDEX.ACCOUNT_ID), r.get(CUSTOMER_INDEX.COMPANY_NAME),
                Times.emptyIfNull(r.get(CUSTOMER_INDEX.COMPANY_NAME_KANA)), r.get(CUSTOMER_INDEX.LOGIN_ID),
                r.get(CUSTOMER_INDEX.CONTACT_NAME),
                r.get(CUSTOMER_INDEX.PHONE_AREA) + "-" + r.get(CUSTOMER_INDEX.PHONE_NUMBER),
                dates.length, nextExpiry(dates, today));
    }

    /**
     * The soonest expiry that has not passed: a licence is valid through its expiry date. ISO dates sort as text,
     * so only the one chosen is parsed.
     */
    private static Optional<LocalDate> nextExpiry(String[] dates, LocalDate today) {
        String from = today.toString();
        String soonest = null;
        for (String date : dates) {
            if (date.compareTo(from) >= 0 && (soonest == null || date.compareTo(soonest) < 0)) {
                soonest = date;
            }
        }
        return Optional.ofNullable(soonest).map(LocalDate::parse);
    }
}
