-- Sign-in reads the last success or reset of a login ID and the failures since: with the outcome in the index each
-- is a seek, however long the login's history.
CREATE INDEX sign_in_attempt_outcome_id ON sign_in_attempt (login_id_folded, outcome, id);
CREATE INDEX sign_in_attempt_outcome_at ON sign_in_attempt (login_id_folded, outcome, attempted_at);
DROP INDEX sign_in_attempt_login;

-- A password reset finds the account by its mail address in any case.
CREATE INDEX account_email_folded ON account (lower(email));
