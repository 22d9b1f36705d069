-- 2要素認証: the account's TOTP secret (NULL while two-factor sign-in is off), the last time step a code was
-- accepted for (so that a code works once), and the one-time recovery codes, stored only as hashes.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_code (
    id          ${id_column},
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    code_hash   VARCHAR(64) NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX recovery_code_account ON recovery_code (account_id, code_hash);
