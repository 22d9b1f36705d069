-- The reseller's desk staff (operators), apart from customer accounts. Roles: ADMIN (管理者), CLERK (担当者),
-- READ_ONLY (閲覧のみ). An operator is deactivated, never deleted, so that the audit log keeps naming them.
CREATE TABLE operator (
    id                   ${id_column},
    login_id             VARCHAR(32)  NOT NULL,
    login_id_folded      VARCHAR(32)  NOT NULL UNIQUE,
    name                 VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    active               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    password_changed_at  TIMESTAMP,
    totp_secret          VARCHAR(64),  -- optional two-factor sign-in (NULL while off)
    totp_last_step       BIGINT        -- the last time step a code was accepted for: each code works once
);

-- The operator's role when the actor was an operator, and the desk (licensedesk.desk.name) that did it.
ALTER TABLE audit_log ADD COLUMN actor_role VARCHAR(16);
ALTER TABLE audit_log ADD COLUMN desk VARCHAR(100);
CREATE INDEX audit_log_time ON audit_log (occurred_at);

-- A temporary password issued at the desk must be changed at the next sign-in, and stops working after its time.
ALTER TABLE account ADD COLUMN temporary_password_until TIMESTAMP;

-- The customer directory's search: per account, every searchable text normalised (kana and widths folded, spaces
-- and company forms removed) and joined, kept by the store whenever the account's data changes.
-- sort_key (the company's reading, then its name) lets a search read matches in list order and stop at a page.
CREATE TABLE customer_index (
    account_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES account (id),
    search_text  VARCHAR(4000) NOT NULL,
    sort_key     VARCHAR(210)  NOT NULL
);
CREATE INDEX customer_index_order ON customer_index (sort_key, account_id);
