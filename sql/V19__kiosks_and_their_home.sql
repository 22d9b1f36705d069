-- Kiosks and their home database (docs/decisions/a-command-journal-carried-home.md). One schema serves both places:
-- home uses kiosk and sync_entry, a kiosk uses sync_identity's home columns, journal's acknowledgement columns and
-- registered_elsewhere.

-- This place's own keys: one row. Private keysets are sealed under licensedesk.secret-key; at a kiosk, home's public
-- keys and the times it last sent a bundle and last read a reply.
CREATE TABLE sync_identity (
    id                  INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    place_name          VARCHAR(80)  NOT NULL,
    signing_private     TEXT         NOT NULL,
    signing_public      TEXT         NOT NULL,
    decrypting_private  TEXT         NOT NULL,
    encrypting_public   TEXT         NOT NULL,
    home_name           VARCHAR(80),
    home_signing_public TEXT,
    home_encrypting_public TEXT,
    created_at          TIMESTAMP    NOT NULL,
    last_sent_at        TIMESTAMP,
    last_heard_at       TIMESTAMP,
    last_reply_sequence BIGINT       DEFAULT 0 NOT NULL
);

-- Home: every kiosk enrolled here, with its public keys. A revoked kiosk's later bundles are refused with the reason.
CREATE TABLE kiosk (
    id                    ${id_column},
    name                  VARCHAR(80)  NOT NULL UNIQUE,
    state                 VARCHAR(16)  NOT NULL,          -- ACTIVE | REVOKED
    signing_public        TEXT         NOT NULL,
    encrypting_public     TEXT         NOT NULL,
    enrolled_at           TIMESTAMP    NOT NULL,
    enrolled_by           VARCHAR(64)  NOT NULL,
    revoked_at            TIMESTAMP,
    revoked_by            VARCHAR(64),
    revoke_reason         VARCHAR(400),
    last_received_at      TIMESTAMP,
    applied_through       BIGINT       DEFAULT 0 NOT NULL, -- every entry up to this sequence number is settled
    last_reply_sequence   BIGINT       DEFAULT 0 NOT NULL,
    last_reply_at         TIMESTAMP,                       -- catalogue imports and entry states up to here are at the kiosk
    keys_sent_through     BIGINT       DEFAULT 0 NOT NULL  -- registered keys up to this licence id are at the kiosk
);

-- Home: each entry a kiosk sent, once (kiosk, sequence), and what became of it. The kiosk's mails wait here with it
-- until it is applied. APPLIED | WAITING (a conflict for 同期の確認) | HELD (behind a gap or a waiting entry of the
-- same customer) | REJECTED.
CREATE TABLE sync_entry (
    id                  ${id_column},
    kiosk_id            BIGINT       NOT NULL REFERENCES kiosk (id),
    sequence            BIGINT       NOT NULL,
    entry_id            VARCHAR(36)  NOT NULL UNIQUE,
    format_version      INTEGER      NOT NULL,
    entered_at          TIMESTAMP    NOT NULL,               -- the kiosk's clock
    received_at         TIMESTAMP    NOT NULL,               -- home's clock
    login_id            VARCHAR(64),
    command_type        VARCHAR(64)  NOT NULL,
    command             TEXT         NOT NULL,
    mails               TEXT         NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    conflict            VARCHAR(32),
    reason              VARCHAR(400),
    settled_at          TIMESTAMP,
    settled_by          VARCHAR(64),
    home_account_id     BIGINT       REFERENCES account (id),
    UNIQUE (kiosk_id, sequence)
);
CREATE INDEX sync_entry_state ON sync_entry (state, kiosk_id, sequence);

-- A kiosk: its journal entries carry their held mails until home has them, and what home said of each.
ALTER TABLE journal ADD COLUMN mails TEXT;
ALTER TABLE journal ADD COLUMN home_state VARCHAR(16);
ALTER TABLE journal ADD COLUMN home_reason VARCHAR(400);
ALTER TABLE journal ADD COLUMN erased_at TIMESTAMP;

-- A kiosk: keys registered anywhere, as home's replies tell them (keys only, no customer data).
CREATE TABLE registered_elsewhere (
    product_key  VARCHAR(40)  NOT NULL PRIMARY KEY,
    noted_at     TIMESTAMP    NOT NULL
);

ALTER TABLE audit_log ADD COLUMN entered_at TIMESTAMP;
