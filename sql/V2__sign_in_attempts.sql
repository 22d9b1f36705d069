-- Sign-in attempts by login ID, as typed and folded to lower case (whether or not an account has it), for the
-- lockout rule: 5 failures within 15 minutes lock the login ID for 15 minutes. CLEARED (a password reset) and
-- SUCCEEDED end a run of failures.
CREATE TABLE sign_in_attempt (
    id               ${id_column},
    login_id_folded  VARCHAR(64)  NOT NULL,
    attempted_at     TIMESTAMP    NOT NULL,
    outcome          VARCHAR(16)  NOT NULL -- FAILED | SUCCEEDED | CLEARED
);
CREATE INDEX sign_in_attempt_login ON sign_in_attempt (login_id_folded, attempted_at);
