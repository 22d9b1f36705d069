-- A mail whose content lapses (a reset code is valid 30 minutes) is not sent after that: the sender marks it EXPIRED
-- and, as it held a secret, empties its body.
ALTER TABLE outbox_mail ADD COLUMN valid_until TIMESTAMP;
-- Reset-code mail written before this version carries no validity; if it still waits it is dropped at the next round
-- (its code may have had minutes left: asking again is one click, sending a dead code late helps nobody).
UPDATE outbox_mail SET valid_until = created_at WHERE holds_secret AND state = 'WAITING';
