-- A mail whose content lapses (a reset code is valid 30 minutes) is not sent after that: the sender marks it EXPIRED
-- and, as it held a secret, empties its body.
ALTER TABLE outbox_mail ADD COLUMN valid_until TIMESTAMP;
