package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.CATALOG_KEY;
import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.CUSTOMER_INDEX;
import static com.licensedesk.store.schema.Tables.EMERGENCY_CONTACT;
import static com.licensedesk.store.schema.Tables.LICENCE;
import static com.licensedesk.store.schema.Tables.SUPPORT_CONTACT;

import com.licensedesk.domain.SearchText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Keeps {@code customer_index} in step with an account's data: every repository that changes what the directory
 * searches refreshes the account's row in the same transaction.
 */
final class CustomerIndex {
    /** Between folded fields: folding keeps no such character, so a term never spans two fields. */
    static final String SEPARATOR = "|";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_NAMES = 600;
    /** Between the product keys read in one value: no product key holds it. */
    private static final String LIST = "\u001f";
    /** Between the licences' expiry dates in {@code licence_expiries}. */
    static final String EXPIRIES = " ";

    private CustomerIndex() {
    }

    /**
     * Indexes every account that has no row yet (a database from before the directory, or after V23 made the index
     * anew), or whose row a desk of an older version wrote (see V23), a thousand to a transaction; returns how many.
     */
    static int fillMissing(DSLContext root) {
        List<Long> missing = root.select(ACCOUNT.ID).from(ACCOUNT)
                .whereNotExists(root.selectOne().from(CUSTOMER_INDEX).where(CUSTOMER_INDEX.ACCOUNT_ID.eq(ACCOUNT.ID))
                        .and(CUSTOMER_INDEX.LOGIN_ID.ne("")))
                .fetch(ACCOUNT.ID);
        for (int from = 0; from < missing.size(); from += 1000) {
            List<Long> chunk = missing.subList(from, Math.min(from + 1000, missing.size()));
            root.transaction(configuration -> refresh(configuration.dsl(), chunk));
        }
        return missing.size();
    }

    /**
     * The account's row, made again from its data as the transaction ends: a registration changes the account, its
     * company, contacts and licence one after another, and the row is read and written once for them all.
     */
    static void refresh(Database database, long accountId) {
        database.beforeCommit("customer-index " + accountId, () -> refresh(database.dsl(), accountId));
    }

    static void refresh(DSLContext dsl, long accountId) {
        refresh(dsl, List.of(accountId));
    }

    /**
     * The accounts' rows made again. One statement reads all the rows are made of, and one writes each: a
     * registration's commit waits for every round trip to the server, and a shared database is on the network; an
     * upgrade that fills the index reads a thousand accounts at a time.
     */
    private static void refresh(DSLContext dsl, List<Long> accountIds) {
        lockRows(dsl, CUSTOMER_INDEX.ACCOUNT_ID.in(accountIds));
        Field<String> keys = DSL.field(dsl.select(DSL.groupConcat(LICENCE.PRODUCT_KEY).separator(LIST))
                .from(LICENCE).where(LICENCE.ACCOUNT_ID.eq(ACCOUNT.ID))).as("product_keys");
        List<Query> writes = dsl.select(ACCOUNT.ID, ACCOUNT.LOGIN_ID, ACCOUNT.EMAIL, ACCOUNT.CONTACT_NAME,
                        ACCOUNT.CONTACT_NAME_KANA, ACCOUNT.PHONE_AREA, ACCOUNT.PHONE_NUMBER, ACCOUNT.FAX_AREA,
                        ACCOUNT.FAX_NUMBER,
                        CONTRACTOR.ACCOUNT_ID, CONTRACTOR.COMPANY_NAME, CONTRACTOR.COMPANY_NAME_KANA,
                        CONTRACTOR.BRANCH_NAME, CONTRACTOR.BRANCH_NAME_KANA,
                        SUPPORT_CONTACT.ACCOUNT_ID, SUPPORT_CONTACT.COMPANY_NAME, SUPPORT_CONTACT.COMPANY_NAME_KANA,
                        SUPPORT_CONTACT.BRANCH_NAME, SUPPORT_CONTACT.BRANCH_NAME_KANA, SUPPORT_CONTACT.CONTACT_NAME,
                        SUPPORT_CONTACT.CONTACT_NAME_KANA, SUPPORT_CONTACT.EMAIL, SUPPORT_CONTACT.PHONE_AREA,
                        SUPPORT_CONTACT.PHONE_NUMBER, EMERGENCY_CONTACT.EMAIL, keys,
                        licenceExpiries(ACCOUNT.ID).as("licence_expiries"))
                .from(ACCOUNT)
                .leftJoin(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(ACCOUNT.ID))
                .leftJoin(SUPPORT_CONTACT).on(SUPPORT_CONTACT.ACCOUNT_ID.eq(ACCOUNT.ID))
                .leftJoin(EMERGENCY_CONTACT).on(EMERGENCY_CONTACT.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.ID.in(accountIds)).fetch(row -> written(dsl, row, keys));
        if (writes.size() == 1) {
            writes.get(0).execute();
        } else if (!writes.isEmpty()) {
            dsl.batch(writes).execute();
        }
    }

    /** The statement that writes the index row made of {@code row}, the account's data as read by refresh. */
    private static Query written(DSLContext dsl, Record row, Field<String> keys) {
        List<String> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        add(parts, row.get(ACCOUNT.LOGIN_ID), row.get(ACCOUNT.EMAIL), row.get(ACCOUNT.CONTACT_NAME),
                row.get(ACCOUNT.CONTACT_NAME_KANA), row.get(ACCOUNT.PHONE_AREA), row.get(ACCOUNT.PHONE_NUMBER),
                row.get(ACCOUNT.FAX_AREA), row.get(ACCOUNT.FAX_NUMBER));
        add(names, row.get(ACCOUNT.CONTACT_NAME), row.get(ACCOUNT.CONTACT_NAME_KANA));
        phone(parts, row.get(ACCOUNT.PHONE_AREA), row.get(ACCOUNT.PHONE_NUMBER));
        phone(parts, row.get(ACCOUNT.FAX_AREA), row.get(ACCOUNT.FAX_NUMBER));
        boolean contractor = row.get(CONTRACTOR.ACCOUNT_ID) != null;
        if (contractor) {
            Object[] company = {row.get(CONTRACTOR.COMPANY_NAME), row.get(CONTRACTOR.COMPANY_NAME_KANA),
                    row.get(CONTRACTOR.BRANCH_NAME), row.get(CONTRACTOR.BRANCH_NAME_KANA)};
            add(parts, company);
            add(names, company);
        }
        if (row.get(SUPPORT_CONTACT.ACCOUNT_ID) != null) {
            Object[] named = {row.get(SUPPORT_CONTACT.COMPANY_NAME), row.get(SUPPORT_CONTACT.COMPANY_NAME_KANA),
                    row.get(SUPPORT_CONTACT.BRANCH_NAME), row.get(SUPPORT_CONTACT.BRANCH_NAME_KANA),
                    row.get(SUPPORT_CONTACT.CONTACT_NAME), row.get(SUPPORT_CONTACT.CONTACT_NAME_KANA)};
            add(parts, named);
            add(parts, row.get(SUPPORT_CONTACT.EMAIL), row.get(SUPPORT_CONTACT.PHONE_AREA),
                    row.get(SUPPORT_CONTACT.PHONE_NUMBER));
            add(names, named);
            phone(parts, row.get(SUPPORT_CONTACT.PHONE_AREA), row.get(SUPPORT_CONTACT.PHONE_NUMBER));
        }
        add(parts, row.get(EMERGENCY_CONTACT.EMAIL));
        add(parts, listed(row.get(keys)));
        // The reading without its company form, so that 株式会社ヒカリ and ヒカリ株式会社 sort together.
        String sortKey = !contractor ? ""
                : SearchText.fold(row.get(CONTRACTOR.COMPANY_NAME_KANA)) + " " + row.get(CONTRACTOR.COMPANY_NAME);
        String text = joined(parts, MAX_TEXT);
        String nameText = joined(names, MAX_NAMES);
        var i = CUSTOMER_INDEX;
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(i.SEARCH_TEXT, text);
        values.put(i.NAME_TEXT, nameText);
        values.put(i.SORT_KEY, sortKey);
        values.put(i.LOGIN_ID, row.get(ACCOUNT.LOGIN_ID));
        values.put(i.CONTACT_NAME, row.get(ACCOUNT.CONTACT_NAME));
        values.put(i.PHONE_AREA, row.get(ACCOUNT.PHONE_AREA));
        values.put(i.PHONE_NUMBER, row.get(ACCOUNT.PHONE_NUMBER));
        values.put(i.COMPANY_NAME, contractor ? row.get(CONTRACTOR.COMPANY_NAME) : null);
        values.put(i.COMPANY_NAME_KANA, contractor ? row.get(CONTRACTOR.COMPANY_NAME_KANA) : null);
        values.put(i.LICENCE_EXPIRIES, row.get("licence_expiries", String.class));
        return dsl.insertInto(i).set(i.ACCOUNT_ID, row.get(ACCOUNT.ID)).set(values)
                .onConflict(i.ACCOUNT_ID).doUpdate().set(values);
    }

    /**
     * After catalogue keys changed, the expiries of the accounts that hold any of them, in one statement. Keys that
     * no one registered cost a lookup each.
     */
    static void refreshExpiries(DSLContext dsl, Condition changedKeys) {
        var i = CUSTOMER_INDEX;
        Condition holders = i.ACCOUNT_ID.in(DSL.select(LICENCE.ACCOUNT_ID).from(LICENCE)
                .join(CATALOG_KEY).on(CATALOG_KEY.PRODUCT_KEY.eq(LICENCE.PRODUCT_KEY)).where(changedKeys));
        lockRows(dsl, holders);
        dsl.update(i).set(i.LICENCE_EXPIRIES, licenceExpiries(i.ACCOUNT_ID)).where(holders).execute();
    }

    /**
     * On PostgreSQL, the rows about to be made again are locked before what they are made of is read, each read
     * then in a statement of its own: otherwise two desks changing one customer at once (a licence registered at
     * one while the other's import changes an expiry) could each read before the other committed, and the later
     * write would keep what the earlier changed out of the row. SQLite writes one transaction at a time.
     */
    private static void lockRows(DSLContext dsl, Condition which) {
        if (dsl.dialect().family() != SQLDialect.SQLITE) {
            dsl.select(CUSTOMER_INDEX.ACCOUNT_ID).from(CUSTOMER_INDEX).where(which)
                    .orderBy(CUSTOMER_INDEX.ACCOUNT_ID).forUpdate().fetch();
        }
    }

    /** The account's licences' expiry dates as text (ISO dates on both databases), in no order; '' for none. */
    private static Field<String> licenceExpiries(Field<Long> accountId) {
        return DSL.coalesce(DSL.field(DSL.select(DSL.groupConcat(CATALOG_KEY.EXPIRES.cast(SQLDataType.VARCHAR(10)))
                        .separator(EXPIRIES))
                .from(LICENCE).join(CATALOG_KEY).on(CATALOG_KEY.PRODUCT_KEY.eq(LICENCE.PRODUCT_KEY))
                .where(LICENCE.ACCOUNT_ID.eq(accountId))), DSL.inline(""));
    }

    /** The values of a list read joined by {@link #LIST}; none for null (no rows). */
    private static Object[] listed(String joined) {
        return joined == null ? new Object[0] : joined.split(LIST, -1);
    }

    /**
     * True when a folded term can only be part of a name: mail addresses, login IDs, phone numbers and product keys
     * are ASCII, so a term with any other character is looked for in {@code name_text} alone.
     */
    static boolean onlyInNames(String foldedTerm) {
        return foldedTerm.chars().anyMatch(c -> c > 0x7f);
    }

    /** Each folded text once (the support contact often repeats the contractor): a search reads less. */
    private static String joined(List<String> parts, int max) {
        String text = String.join(SEPARATOR, new LinkedHashSet<>(parts));
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static void add(List<String> parts, Object... values) {
        for (Object value : values) {
            String folded = SearchText.fold(Objects.toString(value, ""));
            if (!folded.isEmpty()) {
                parts.add(folded);
            }
        }
    }

    /** A phone number is found by its digits typed whole, as well as by the area code or the number alone. */
    private static void phone(List<String> parts, Object area, Object number) {
        if (area != null && number != null) {
            parts.add(SearchText.fold(area + "" + number));
        }
    }
}
