package com.licensedesk.company;

/** What 会社情報 shows: the contractor with its 備考 (read only), the support contact and the emergency contact. */
public record CompanyDetails(CompanyProfile contractor, String note, SupportContact supportContact,
                             String emergencyEmail, Versions versions) {

    /** The versions of the two tabs' records, as read: a save names the one it was made from. */
    public record Versions(int contractor, int supportContact) {
    }

    /** The same, with the ご契約者 tab as saved or as found stored. */
    public CompanyDetails withContractor(CompanyProfile newContractor, int version) {
        return new CompanyDetails(newContractor, note, supportContact, emergencyEmail,
                new Versions(version, versions.supportContact()));
    }

    /** The same, with the サポート窓口 tab as saved or as found stored. */
    public CompanyDetails withSupportContact(SupportContact newSupport, String newEmergencyEmail, int version) {
        return new CompanyDetails(contractor, note, newSupport, newEmergencyEmail,
                new Versions(versions.contractor(), version));
    }
}
