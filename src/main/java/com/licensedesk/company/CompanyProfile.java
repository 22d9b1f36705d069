package com.licensedesk.company;

import com.licensedesk.domain.FieldChanges;

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

    /** The fields that differ from {@code after}. */
    public FieldChanges changesTo(CompanyProfile after) {
        return new FieldChanges()
                .compare("companyName", companyName, after.companyName)
                .compare("companyNameKana", companyNameKana, after.companyNameKana)
                .compare("branchName", branchName, after.branchName)
                .compare("branchNameKana", branchNameKana, after.branchNameKana)
                .compare("postalCode", postalCode, after.postalCode)
                .compare("prefecture", prefecture, after.prefecture)
                .compare("address1", address1, after.address1)
                .compare("address2", address2, after.address2);
    }
}
