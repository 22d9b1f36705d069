-- What a mail's content lapses with: a reset code's mail is dropped, not sent late, once its code is used, voided or
-- replaced (the key names the code). Looked up only among waiting mail, hence the partial index.
ALTER TABLE outbox_mail ADD COLUMN lapses_with VARCHAR(40);
CREATE INDEX outbox_mail_lapses_with ON outbox_mail (lapses_with) WHERE state = 'WAITING';
