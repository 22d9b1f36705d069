package com.licensedesk.company;

/** What 会社情報 shows: the contractor with its 備考 (read only), the support contact and the emergency contact. */
public record CompanyDetails(CompanyProfile contractor, String note, SupportContact supportContact,
                             String emergencyEmail, Versions versions) {

    /** The versions of the two tabs' records, as read: a save names the one it was made from. */
    public record Versions(int contractor, int supportContact) {
    }
}
