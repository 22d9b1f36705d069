-- License Desk schema. Portable SQL only: the same migrations run on SQLite and PostgreSQL.
-- ${id_column} is a Flyway placeholder: an auto-numbered primary key in each database's own words.
-- Timestamps are UTC, dates are calendar dates in Japan time.

-- The vendor's key catalogue: what each product key stands for.
CREATE TABLE catalog_key (
    product_key   VARCHAR(40)  NOT NULL PRIMARY KEY, -- canonical form: upper case, hyphenated
    key_kind      VARCHAR(20)  NOT NULL,             -- ACTIVATION_CODE | REGISTRATION_KEY
    product       VARCHAR(200) NOT NULL,
    package_name  VARCHAR(300),
    seats         INTEGER      NOT NULL,
    expires       DATE         NOT NULL,
    license_type  VARCHAR(10)  NOT NULL,             -- FULL | TRIAL
    console_url   VARCHAR(500),
    imported_at   TIMESTAMP    NOT NULL
);

-- A customer account and its user (ユーザ登録情報).
CREATE TABLE account (
    id                 ${id_column},
    login_id           VARCHAR(32)  NOT NULL,
    login_id_folded    VARCHAR(32)  NOT NULL UNIQUE, -- lower case: login IDs are unique regardless of case
    password_hash      VARCHAR(255) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    contact_name       VARCHAR(100) NOT NULL,
    contact_name_kana  VARCHAR(100),
    department         VARCHAR(100),
    phone_area         VARCHAR(5)   NOT NULL,
    phone_number       VARCHAR(10)  NOT NULL,
    fax_area           VARCHAR(5),
    fax_number         VARCHAR(10),
    created_at         TIMESTAMP    NOT NULL
);

-- The contractor (ご契約者): the customer's company.
CREATE TABLE contractor (
    account_id         BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id),
    company_name       VARCHAR(100) NOT NULL,
    company_name_kana  VARCHAR(100),
    branch_name        VARCHAR(100),
    branch_name_kana   VARCHAR(100),
    postal_code        VARCHAR(8)   NOT NULL,
    prefecture         VARCHAR(10)  NOT NULL,
    address1           VARCHAR(200) NOT NULL,
    address2           VARCHAR(200),
    note               VARCHAR(1000)
);

-- The support contact (サポート窓口): where licence mail goes.
CREATE TABLE support_contact (
    account_id         BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id),
    company_name       VARCHAR(100) NOT NULL,
    company_name_kana  VARCHAR(100),
    branch_name        VARCHAR(100),
    branch_name_kana   VARCHAR(100),
    postal_code        VARCHAR(8)   NOT NULL,
    prefecture         VARCHAR(10)  NOT NULL,
    address1           VARCHAR(200) NOT NULL,
    address2           VARCHAR(200),
    contact_name       VARCHAR(100) NOT NULL,
    contact_name_kana  VARCHAR(100),
    department         VARCHAR(100),
    phone_area         VARCHAR(5)   NOT NULL,
    phone_number       VARCHAR(10)  NOT NULL,
    fax_area           VARCHAR(5),
    fax_number         VARCHAR(10),
    email              VARCHAR(254) NOT NULL
);

-- The emergency contact (緊急連絡先情報).
CREATE TABLE emergency_contact (
    account_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id),
    email       VARCHAR(254) NOT NULL
);

-- The reseller the customer bought from (購入先情報).
CREATE TABLE reseller (
    account_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id),
    company_name  VARCHAR(100) NOT NULL
);

-- A registered licence: a catalogue key claimed by one account, once.
CREATE TABLE licence (
    id                ${id_column},
    account_id        BIGINT      NOT NULL REFERENCES account (id),
    product_key       VARCHAR(40) NOT NULL UNIQUE REFERENCES catalog_key (product_key),
    eula_version      VARCHAR(20) NOT NULL,
    eula_accepted_at  TIMESTAMP   NOT NULL,
    registered_at     TIMESTAMP   NOT NULL
);
CREATE INDEX licence_account ON licence (account_id);

-- Mail waiting for, or already accepted by, the SMTP server.
CREATE TABLE outbox_mail (
    id               ${id_column},
    message_id       VARCHAR(200)  NOT NULL UNIQUE,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    last_error       VARCHAR(2000),
    sent_at          TIMESTAMP
);
CREATE INDEX outbox_mail_due ON outbox_mail (sent_at, next_attempt_at);

-- What was done, by whom, to which account.
CREATE TABLE audit_log (
    id           ${id_column},
    occurred_at  TIMESTAMP    NOT NULL,
    account_id   BIGINT       REFERENCES account (id),
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    detail       VARCHAR(4000)
);
CREATE INDEX audit_log_account ON audit_log (account_id, occurred_at);
