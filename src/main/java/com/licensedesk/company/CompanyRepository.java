package com.licensedesk.company;

import java.util.Optional;

/** The contractor, support contact, emergency contact and purchase source (購入先) of an account. */
public interface CompanyRepository {

    void addContractor(long accountId, CompanyProfile contractor);

    void addSupportContact(long accountId, SupportContact supportContact);

    void addEmergencyContact(long accountId, String email);

    void addPurchaseSource(long accountId, String companyName);

    CompanyDetails details(long accountId);

    /** An account whose contractor is the company of that name at that postal code, if there is one. */
    Optional<Long> contractorNamed(String companyName, String postalCode);

    /**
     * Changes the contractor's fields if it is still at {@code version}, and moves it to the next; false when another
     * desk saved it meanwhile. Its 備考 is the vendor's and stays.
     */
    boolean updateContractor(long accountId, CompanyProfile contractor, int version);

    /** As {@link #updateContractor}, for the support contact and the emergency address. */
    boolean updateSupportContact(long accountId, SupportContact supportContact, String emergencyEmail, int version);

    /** Where licence mail goes: the support contact's mail address. */
    String supportContactEmail(long accountId);

    /** Whether the desk has excluded the customer from renewal reminders. */
    boolean excludedFromReminders(long accountId);

    /** Excludes the customer from renewal reminders or includes them again; false when it was so already. */
    boolean setExcludedFromReminders(long accountId, boolean excluded);
}
