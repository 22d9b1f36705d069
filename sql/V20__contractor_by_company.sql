-- Home asks, for each registration a kiosk sends, whether the same company is a customer already.
CREATE INDEX contractor_company ON contractor (postal_code, company_name);
