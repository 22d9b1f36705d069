-- Renewal reminders. A customer the desk has excluded gets none.
ALTER TABLE contractor ADD COLUMN exclude_from_reminders BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per licence, threshold (days before expiry) and the expiry it warned of: the desk that inserts the row
-- sends the mail, so no licence is reminded twice at one threshold, whatever the number of desks and restarts. A key
-- renewed in the catalogue (a later expiry) is reminded again.
CREATE TABLE renewal_reminder (
    licence_id   BIGINT    NOT NULL REFERENCES licence (id),
    days_before  INTEGER   NOT NULL,
    expires      DATE      NOT NULL,
    sent_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (licence_id, days_before, expires)
);

-- The expiry dashboard and the reminders read licences by how soon their keys end.
CREATE INDEX catalog_key_expires ON catalog_key (expires);
