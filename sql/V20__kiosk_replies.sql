-- Home asks, for each registration a kiosk sends, whether the same company is a customer already.
CREATE INDEX contractor_company ON contractor (postal_code, company_name);

-- The first number of the kiosk's latest bundle: every entry the kiosk still waits to hear of is at or after it, so
-- a reply tells what became of each from there on, and a lost reply is made good by the next.
ALTER TABLE kiosk ADD COLUMN acks_from BIGINT DEFAULT 1 NOT NULL;
