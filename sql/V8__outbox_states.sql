-- Each mail's state: WAITING (for its next attempt), SENT, FAILED (refused for good by the server, or given up after
-- retrying for days) or CANCELLED (by an operator at the desk).
ALTER TABLE outbox_mail ADD COLUMN state VARCHAR(16) DEFAULT 'WAITING' NOT NULL;
UPDATE outbox_mail SET state = 'SENT' WHERE sent_at IS NOT NULL;

-- Who is sending a mail, and until when: a desk (or `outbox send`) claims a mail with a conditional update before it
-- hands it to the server, so that any number of senders on one database send each mail once.
ALTER TABLE outbox_mail ADD COLUMN lease_owner VARCHAR(120);
ALTER TABLE outbox_mail ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE outbox_mail ADD COLUMN failed_at TIMESTAMP;
CREATE INDEX outbox_mail_state ON outbox_mail (state, next_attempt_at);

-- A mail that holds a secret (a reset code) is shown redacted in the desk's outbox monitor.
ALTER TABLE outbox_mail ADD COLUMN holds_secret BOOLEAN DEFAULT FALSE NOT NULL;
