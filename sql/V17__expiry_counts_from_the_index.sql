-- 期限管理 counts licences per expiry day and product: with the product and key in the expiry index the count reads
-- the index alone, in group order, and never the catalogue's rows.
CREATE INDEX catalog_key_expiry ON catalog_key (expires, product, product_key);
DROP INDEX catalog_key_expires;
