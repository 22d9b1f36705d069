-- A term in kana or kanji can only match a name (company, branch, contact, and their readings): such a search reads
-- this short text instead of everything, from an index in list order that holds it. 600 characters keep an index
-- row within PostgreSQL's B-tree limit.
ALTER TABLE customer_index ADD COLUMN name_text VARCHAR(600) NOT NULL DEFAULT '';
CREATE INDEX customer_index_names ON customer_index (sort_key, account_id, name_text);
-- Derived data: emptied here, filled again by the store when the database is opened.
DELETE FROM customer_index;
