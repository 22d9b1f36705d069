-- A version per record a desk edits: a save names the version it was made from and is refused when another desk
-- saved in between (「他の端末で変更されています」), instead of silently undoing that desk's change.
ALTER TABLE contractor ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE support_contact ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN user_version INTEGER DEFAULT 0 NOT NULL;
