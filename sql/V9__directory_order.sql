-- The directory lists by the company's reading without its company form (株式会社 ヒカリ… sorts under ヒ), and a
-- search reads the list order from an index that also holds the searched text, so that a rare term costs one pass
-- over the index and a common one stops at the first page. PostgreSQL keeps the narrow index: a B-tree row there is
-- limited to about 2.7 kB, and it sorts a page of a sequential scan instead.
DROP INDEX customer_index_order;
CREATE INDEX customer_index_order ON customer_index (${directory_order});
-- The index is derived data: emptied here, it is filled again by the store when the database is opened.
DELETE FROM customer_index;
