package com.licensedesk.company;

/** The contractor, support contact, emergency contact and purchase source (購入先) of an account. */
public interface CompanyRepository {

    void addContractor(long accountId, CompanyProfile contractor);

    void addSupportContact(long accountId, SupportContact supportContact);

    void addEmergencyContact(long accountId, String email);

    void addPurchaseSource(long accountId, String companyName);

    CompanyDetails details(long accountId);

    /** Changes the contractor's fields; its 備考 is the vendor's and stays. */
    void updateContractor(long accountId, CompanyProfile contractor);

    void updateSupportContact(long accountId, SupportContact supportContact, String emergencyEmail);

    /** Where licence mail goes: the support contact's mail address. */
    String supportContactEmail(long accountId);
}
