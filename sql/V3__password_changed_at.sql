-- When the password last changed: a desk signed in before that ends its session.
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMP;
