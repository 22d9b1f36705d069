package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.CONTRACTOR;
import static com.licensedesk.store.schema.Tables.EMERGENCY_CONTACT;
import static com.licensedesk.store.schema.Tables.PURCHASE_SOURCE;
import static com.licensedesk.store.schema.Tables.SUPPORT_CONTACT;

import com.licensedesk.company.CompanyDetails;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.company.SupportContact;
import com.licensedesk.store.schema.tables.records.ContractorRecord;
import com.licensedesk.store.schema.tables.records.SupportContactRecord;
import com.licensedesk.domain.PhoneNumber;
import java.util.Optional;

public final class JooqCompanyRepository implements CompanyRepository {
    private final Database database;

    public JooqCompanyRepository(Database database) {
        this.database = database;
    }

    @Override
    public void addContractor(long accountId, CompanyProfile contractor) {
        ContractorRecord record = database.dsl().newRecord(CONTRACTOR);
        record.setAccountId(accountId);
        fill(record, contractor);
        record.insert();
        CustomerIndex.refresh(database, accountId);
    }

    @Override
    public void addSupportContact(long accountId, SupportContact supportContact) {
        SupportContactRecord record = database.dsl().newRecord(SUPPORT_CONTACT);
        record.setAccountId(accountId);
        fill(record, supportContact);
        record.insert();
        CustomerIndex.refresh(database, accountId);
    }

    @Override
    public void addEmergencyContact(long accountId, String email) {
        database.dsl().insertInto(EMERGENCY_CONTACT)
                .set(EMERGENCY_CONTACT.ACCOUNT_ID, accountId)
                .set(EMERGENCY_CONTACT.EMAIL, email)
                .execute();
        CustomerIndex.refresh(database, accountId);
    }

    @Override
    public void addPurchaseSource(long accountId, String companyName) {
        database.dsl().insertInto(PURCHASE_SOURCE)
                .set(PURCHASE_SOURCE.ACCOUNT_ID, accountId)
                .set(PURCHASE_SOURCE.COMPANY_NAME, companyName)
                .execute();
    }

    @Override
    public Optional<Long> contractorNamed(String companyName, String postalCode) {
        return database.dsl().select(CONTRACTOR.ACCOUNT_ID).from(CONTRACTOR)
                .where(CONTRACTOR.POSTAL_CODE.eq(postalCode)).and(CONTRACTOR.COMPANY_NAME.eq(companyName))
                .orderBy(CONTRACTOR.ACCOUNT_ID).limit(1).fetchOptional(CONTRACTOR.ACCOUNT_ID);
    }

    @Override
    public CompanyDetails details(long accountId) {
        ContractorRecord contractor = database.dsl().fetchSingle(CONTRACTOR, CONTRACTOR.ACCOUNT_ID.eq(accountId));
        SupportContactRecord support = database.dsl()
                .fetchSingle(SUPPORT_CONTACT, SUPPORT_CONTACT.ACCOUNT_ID.eq(accountId));
        String emergencyEmail = database.dsl().select(EMERGENCY_CONTACT.EMAIL).from(EMERGENCY_CONTACT)
                .where(EMERGENCY_CONTACT.ACCOUNT_ID.eq(accountId)).fetchSingle(EMERGENCY_CONTACT.EMAIL);
        CompanyProfile contractorProfile = new CompanyProfile(contractor.getCompanyName(),
                Times.emptyIfNull(contractor.getCompanyNameKana()), Times.emptyIfNull(contractor.getBranchName()),
                Times.emptyIfNull(contractor.getBranchNameKana()), contractor.getPostalCode(),
                contractor.getPrefecture(), contractor.getAddress1(), Times.emptyIfNull(contractor.getAddress2()));
        CompanyProfile supportProfile = new CompanyProfile(support.getCompanyName(),
                Times.emptyIfNull(support.getCompanyNameKana()), Times.emptyIfNull(support.getBranchName()),
                Times.emptyIfNull(support.getBranchNameKana()), support.getPostalCode(), support.getPrefecture(),
                support.getAddress1(), Times.emptyIfNull(support.getAddress2()));
        ContactPerson person = new ContactPerson(support.getContactName(),
                Times.emptyIfNull(support.getContactNameKana()), Times.emptyIfNull(support.getDepartment()),
                new PhoneNumber(support.getPhoneArea(), support.getPhoneNumber()),
                fax(support.getFaxArea(), support.getFaxNumber()), support.getEmail());
        return new CompanyDetails(contractorProfile, Times.emptyIfNull(contractor.getNote()),
                new SupportContact(supportProfile, person), emergencyEmail,
                new CompanyDetails.Versions(contractor.getVersion(), support.getVersion()));
    }

    @Override
    public boolean updateContractor(long accountId, CompanyProfile contractor, int version) {
        ContractorRecord record = database.dsl().fetchSingle(CONTRACTOR, CONTRACTOR.ACCOUNT_ID.eq(accountId));
        fill(record, contractor);
        record.setVersion(version + 1);
        // Conditional: of two desks saving from the same version, only one update changes a row.
        if (database.dsl().update(CONTRACTOR).set(record)
                .where(CONTRACTOR.ACCOUNT_ID.eq(accountId)).and(CONTRACTOR.VERSION.eq(version)).execute() != 1) {
            return false;
        }
        CustomerIndex.refresh(database, accountId);
        return true;
    }

    @Override
    public boolean updateSupportContact(long accountId, SupportContact supportContact, String emergencyEmail,
                                        int version) {
        SupportContactRecord record = database.dsl()
                .fetchSingle(SUPPORT_CONTACT, SUPPORT_CONTACT.ACCOUNT_ID.eq(accountId));
        fill(record, supportContact);
        record.setVersion(version + 1);
        if (database.dsl().update(SUPPORT_CONTACT).set(record)
                .where(SUPPORT_CONTACT.ACCOUNT_ID.eq(accountId)).and(SUPPORT_CONTACT.VERSION.eq(version))
                .execute() != 1) {
            return false;
        }
        database.dsl().update(EMERGENCY_CONTACT)
                .set(EMERGENCY_CONTACT.EMAIL, emergencyEmail)
                .where(EMERGENCY_CONTACT.ACCOUNT_ID.eq(accountId))
                .execute();
        CustomerIndex.refresh(database, accountId);
        return true;
    }

    @Override
    public String supportContactEmail(long accountId) {
        return database.dsl().select(SUPPORT_CONTACT.EMAIL).from(SUPPORT_CONTACT)
                .where(SUPPORT_CONTACT.ACCOUNT_ID.eq(accountId))
                .fetchSingle(SUPPORT_CONTACT.EMAIL);
    }

    static Optional<PhoneNumber> fax(String area, String number) {
        return area == null || number == null ? Optional.empty() : Optional.of(new PhoneNumber(area, number));
    }

    private static void fill(ContractorRecord record, CompanyProfile company) {
        record.setCompanyName(company.companyName());
        record.setCompanyNameKana(Times.nullIfEmpty(company.companyNameKana()));
        record.setBranchName(Times.nullIfEmpty(company.branchName()));
        record.setBranchNameKana(Times.nullIfEmpty(company.branchNameKana()));
        record.setPostalCode(company.postalCode());
        record.setPrefecture(company.prefecture());
        record.setAddress1(company.address1());
        record.setAddress2(Times.nullIfEmpty(company.address2()));
    }

    private static void fill(SupportContactRecord record, SupportContact support) {
        CompanyProfile company = support.company();
        ContactPerson person = support.person();
        record.setCompanyName(company.companyName());
        record.setCompanyNameKana(Times.nullIfEmpty(company.companyNameKana()));
        record.setBranchName(Times.nullIfEmpty(company.branchName()));
        record.setBranchNameKana(Times.nullIfEmpty(company.branchNameKana()));
        record.setPostalCode(company.postalCode());
        record.setPrefecture(company.prefecture());
        record.setAddress1(company.address1());
        record.setAddress2(Times.nullIfEmpty(company.address2()));
        record.setContactName(person.name());
        record.setContactNameKana(Times.nullIfEmpty(person.nameKana()));
        record.setDepartment(Times.nullIfEmpty(person.department()));
        record.setPhoneArea(person.phone().area());
        record.setPhoneNumber(person.phone().number());
        record.setFaxArea(person.fax().map(PhoneNumber::area).orElse(null));
        record.setFaxNumber(person.fax().map(PhoneNumber::number).orElse(null));
        record.setEmail(person.email());
    }

    @Override
    public boolean excludedFromReminders(long accountId) {
        return database.dsl().select(CONTRACTOR.EXCLUDE_FROM_REMINDERS).from(CONTRACTOR)
                .where(CONTRACTOR.ACCOUNT_ID.eq(accountId)).fetchSingle(CONTRACTOR.EXCLUDE_FROM_REMINDERS);
    }

    @Override
    public boolean setExcludedFromReminders(long accountId, boolean excluded) {
        return database.dsl().update(CONTRACTOR).set(CONTRACTOR.EXCLUDE_FROM_REMINDERS, excluded)
                .where(CONTRACTOR.ACCOUNT_ID.eq(accountId))
                .and(CONTRACTOR.EXCLUDE_FROM_REMINDERS.ne(excluded)).execute() == 1;
    }
}
