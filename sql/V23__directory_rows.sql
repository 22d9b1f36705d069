-- A page of 顧客一覧 is read from the index alone: beside what a customer is found by, each row keeps what the list
-- shows of them (login ID, contact, phone, company and its reading) and one expiry date per licence, from which the
-- licence count and the soonest expiry still to come are told. A search then reads its page's rows from one table,
-- where it joined the account, the contractor and every licence's catalogue key for each of them (up to 2.5 times as
-- long as reading the page's ids alone, on SQLite at 100,000 customers).
-- On SQLite the account's id is the row's own key (an INTEGER PRIMARY KEY), so a page's row is one lookup.
-- company_name is NULL for an account without a contractor, which the list does not show.
-- Derived data: made anew here, filled again by the store when the database is opened. The defaults let a desk of
-- the version before, still running on a shared database, write its rows; a login ID is never empty, so a desk of
-- this version makes such a row again when it next opens the database.
DROP TABLE customer_index;
CREATE TABLE customer_index (
    account_id         ${customer_key} REFERENCES account (id),
    search_text        VARCHAR(4000) NOT NULL,
    name_text          VARCHAR(600)  NOT NULL,
    sort_key           VARCHAR(210)  NOT NULL,
    login_id           VARCHAR(32)   NOT NULL DEFAULT '',
    contact_name       VARCHAR(100)  NOT NULL DEFAULT '',
    phone_area         VARCHAR(5)    NOT NULL DEFAULT '',
    phone_number       VARCHAR(10)   NOT NULL DEFAULT '',
    company_name       VARCHAR(100),
    company_name_kana  VARCHAR(100),
    licence_expiries   TEXT          NOT NULL DEFAULT ''  -- 'YYYY-MM-DD', one per licence, joined by spaces
);
CREATE INDEX customer_index_order ON customer_index (${directory_order});
CREATE INDEX customer_index_names ON customer_index (sort_key, account_id, name_text);
