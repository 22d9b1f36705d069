-- 購入先 is the purchase source: "reseller" now means the desk's own company, whose staff operate the desk.
ALTER TABLE reseller RENAME TO purchase_source;

-- Who acted, apart from the account acted on: CUSTOMER (for their own account), OPERATOR (staff at the desk) or
-- SYSTEM (a scheduled job, the command line). actor holds that person's login ID or the job's name.
ALTER TABLE audit_log ADD COLUMN actor_kind VARCHAR(16) DEFAULT 'CUSTOMER' NOT NULL;

-- The language the customer registered in: their mail is written in it.
ALTER TABLE account ADD COLUMN language VARCHAR(8) DEFAULT 'ja' NOT NULL;
