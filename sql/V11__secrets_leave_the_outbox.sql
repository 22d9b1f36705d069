-- Reset-code mail written before V8 marked secrets: known by its subject in either language.
UPDATE outbox_mail SET holds_secret = TRUE WHERE subject IN ('パスワードのリセット', 'Password reset');
-- A secret's body is kept only while the mail may still go out.
UPDATE outbox_mail SET body = '' WHERE holds_secret AND state IN ('SENT', 'CANCELLED');
