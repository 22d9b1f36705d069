-- A kiosk's replies carry the catalogue page by page, each under a sealed file's size: the last key sent, in the
-- order of import time and key, marks where the next reply goes on. The time is kept as the text the database writes
-- of catalog_key.imported_at, to be compared with it exactly. A kiosk that had replies before goes on from the time
-- of its last reply, as those replies did.
ALTER TABLE kiosk ADD COLUMN catalogue_sent_at VARCHAR(40);
ALTER TABLE kiosk ADD COLUMN catalogue_sent_key VARCHAR(40);
UPDATE kiosk SET catalogue_sent_at = CAST(last_reply_at AS VARCHAR(40)), catalogue_sent_key = ''
    WHERE last_reply_at IS NOT NULL;
