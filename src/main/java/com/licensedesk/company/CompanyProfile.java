package com.licensedesk.company;

/**
 * A company and its address as the contractor (ご契約者) and the support contact (サポート窓口) have it. Optional
 * fields are empty strings, never null.
 */
public record CompanyProfile(
        String companyName,
        String companyNameKana,
        String branchName,
        String branchNameKana,
        String postalCode,
        String prefecture,
        String address1,
        String address2) {
}
