package com.licensedesk.company;

import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.Kana;
import com.licensedesk.domain.PostalCode;
import com.licensedesk.domain.Prefecture;
import com.licensedesk.domain.Text;

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

    public static final FieldSpec COMPANY_NAME = FieldSpec.required("companyName", String::strip, Text.maxLength(100));
    public static final FieldSpec COMPANY_NAME_KANA = FieldSpec.optional("companyNameKana",
            Kana::toFullWidthKatakana, Text.maxLength(100), Kana.RULE);
    public static final FieldSpec BRANCH_NAME = FieldSpec.optional("branchName", String::strip, Text.maxLength(100));
    public static final FieldSpec BRANCH_NAME_KANA = FieldSpec.optional("branchNameKana", Kana::toFullWidthKatakana,
            Text.maxLength(100), Kana.RULE);
    public static final FieldSpec POSTAL_CODE = FieldSpec.required("postalCode", PostalCode::normalise,
            PostalCode.RULE);
    public static final FieldSpec PREFECTURE = FieldSpec.required("prefecture", String::strip, Prefecture.RULE);
    public static final FieldSpec ADDRESS1 = FieldSpec.required("address1", String::strip, Text.maxLength(200));
    public static final FieldSpec ADDRESS2 = FieldSpec.optional("address2", String::strip, Text.maxLength(200));

    /** Checks every field with the rules the form has, under the form's ids ({@code prefix} {@code support}). */
    public InvalidInput.Check checkInto(InvalidInput.Check check, String prefix) {
        return check.field(prefix, COMPANY_NAME, companyName).field(prefix, COMPANY_NAME_KANA, companyNameKana)
                .field(prefix, BRANCH_NAME, branchName).field(prefix, BRANCH_NAME_KANA, branchNameKana)
                .field(prefix, POSTAL_CODE, postalCode).field(prefix, PREFECTURE, prefecture)
                .field(prefix, ADDRESS1, address1).field(prefix, ADDRESS2, address2);
    }

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
