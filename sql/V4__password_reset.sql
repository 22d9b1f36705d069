-- Password reset (パスワードのリセット): one-time codes, stored only as hashes, and the requests that asked for them
-- (for the throttle: per login ID or address, and per desk).
CREATE TABLE reset_code (
    id            ${id_column},
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    code_hash     VARCHAR(64)  NOT NULL,
    issued_at     TIMESTAMP    NOT NULL,
    expires_at    TIMESTAMP    NOT NULL,
    wrong_tries   INTEGER      NOT NULL,
    closed_at     TIMESTAMP,
    closed_reason VARCHAR(16)              -- USED | REPLACED | VOIDED | EXPIRED
);
CREATE INDEX reset_code_hash ON reset_code (code_hash);
CREATE INDEX reset_code_account ON reset_code (account_id, closed_at);

CREATE TABLE reset_request (
    id             ${id_column},
    subject_folded VARCHAR(254) NOT NULL, -- the login ID or mail address as typed, lower case
    desk           VARCHAR(100) NOT NULL,
    requested_at   TIMESTAMP    NOT NULL
);
CREATE INDEX reset_request_subject ON reset_request (subject_folded, requested_at);
CREATE INDEX reset_request_desk ON reset_request (desk, requested_at);
