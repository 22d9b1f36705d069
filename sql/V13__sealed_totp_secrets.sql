-- Two-factor secrets are kept sealed (AES-GCM) under a key outside the database. The application moves each secret
-- kept in clear by an older version into the sealed column at start and empties the old one.
ALTER TABLE account ADD COLUMN totp_sealed VARCHAR(200);
ALTER TABLE operator ADD COLUMN totp_sealed VARCHAR(200);
