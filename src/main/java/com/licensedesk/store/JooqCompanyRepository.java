package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.EMERGENCY_CONTACT;
import static com.licensedesk.store.schema.Tables.RESELLER;
import static com.licensedesk.store.schema.Tables.SUPPORT_CONTACT;

import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.SupportContact;
import com.licensedesk.ui.validation.PhoneNumber;

public final class JooqCompanyRepository implements CompanyRepository {
    private final Database database;

    public JooqCompanyRepository(Database database) {
        this.database = database;
    }

    @Override
    public void addContractor(long accountId, CompanyProfile contractor) {
        database.dsl().insertInto(CONTRACTOR)
                .set(CONTRACTOR.ACCOUNT_ID, accountId)
                .set(CONTRACTOR.COMPANY_NAME, contractor.companyName())
                .set(CONTRACTOR.COMPANY_NAME_KANA, Times.nullIfEmpty(contractor.companyNameKana()))
                .set(CONTRACTOR.BRANCH_NAME, Times.nullIfEmpty(contractor.branchName()))
                .set(CONTRACTOR.BRANCH_NAME_KANA, Times.nullIfEmpty(contractor.branchNameKana()))
                .set(CONTRACTOR.POSTAL_CODE, contractor.postalCode())
                .set(CONTRACTOR.PREFECTURE, contractor.prefecture())
                .set(CONTRACTOR.ADDRESS1, contractor.address1())
                .set(CONTRACTOR.ADDRESS2, Times.nullIfEmpty(contractor.address2()))
                .execute();
    }

    @Override
    public void addSupportContact(long accountId, SupportContact supportContact) {
        CompanyProfile company = supportContact.company();
        ContactPerson person = supportContact.person();
        database.dsl().insertInto(SUPPORT_CONTACT)
                .set(SUPPORT_CONTACT.ACCOUNT_ID, accountId)
                .set(SUPPORT_CONTACT.COMPANY_NAME, company.companyName())
                .set(SUPPORT_CONTACT.COMPANY_NAME_KANA, Times.nullIfEmpty(company.companyNameKana()))
                .set(SUPPORT_CONTACT.BRANCH_NAME, Times.nullIfEmpty(company.branchName()))
                .set(SUPPORT_CONTACT.BRANCH_NAME_KANA, Times.nullIfEmpty(company.branchNameKana()))
                .set(SUPPORT_CONTACT.POSTAL_CODE, company.postalCode())
                .set(SUPPORT_CONTACT.PREFECTURE, company.prefecture())
                .set(SUPPORT_CONTACT.ADDRESS1, company.address1())
                .set(SUPPORT_CONTACT.ADDRESS2, Times.nullIfEmpty(company.address2()))
                .set(SUPPORT_CONTACT.CONTACT_NAME, person.name())
                .set(SUPPORT_CONTACT.CONTACT_NAME_KANA, Times.nullIfEmpty(person.nameKana()))
                .set(SUPPORT_CONTACT.DEPARTMENT, Times.nullIfEmpty(person.department()))
                .set(SUPPORT_CONTACT.PHONE_AREA, person.phone().area())
                .set(SUPPORT_CONTACT.PHONE_NUMBER, person.phone().number())
                .set(SUPPORT_CONTACT.FAX_AREA, person.fax().map(PhoneNumber::area).orElse(null))
                .set(SUPPORT_CONTACT.FAX_NUMBER, person.fax().map(PhoneNumber::number).orElse(null))
                .set(SUPPORT_CONTACT.EMAIL, person.email())
                .execute();
    }

    @Override
    public void addEmergencyContact(long accountId, String email) {
        database.dsl().insertInto(EMERGENCY_CONTACT)
                .set(EMERGENCY_CONTACT.ACCOUNT_ID, accountId)
                .set(EMERGENCY_CONTACT.EMAIL, email)
                .execute();
    }

    @Override
    public void addReseller(long accountId, String companyName) {
        database.dsl().insertInto(RESELLER)
                .set(RESELLER.ACCOUNT_ID, accountId)
                .set(RESELLER.COMPANY_NAME, companyName)
                .execute();
    }

    @Override
    public String supportContactEmail(long accountId) {
        return database.dsl().select(SUPPORT_CONTACT.EMAIL).from(SUPPORT_CONTACT)
                .where(SUPPORT_CONTACT.ACCOUNT_ID.eq(accountId))
                .fetchSingle(SUPPORT_CONTACT.EMAIL);
    }
}
