-- A version per record a desk edits: a save names the version it was made from and is refused when another desk
-- saved in between (「他の端末で変更されています」), instead of silently undoing that desk's change.
ALTER TABLE contractor ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE support_contact ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN user_version INTEGER DEFAULT 0 NOT NULL;
-- Moves on with every password change or temporary password: a desk compares it with the one its session began
-- with, and never two desks' clocks.
ALTER TABLE account ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
