package com.licensedesk.company;

import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.PostalCode;
import com.licensedesk.domain.Prefecture;
import com.licensedesk.postal.PostalAddress;
import com.licensedesk.postal.PostalCodes;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The company fields of the registration form, the contractor tab and the support contact (会社名 … 会社住所2), with
 * the manual's required marks. The support contact's ids carry the prefix {@code support}. A postal code that Japan
 * Post uses fills in the prefecture and the start of 会社住所1, unless the person has typed an address of their own.
 * On an English screen only the prefecture is filled (the list shows it in English): the table holds the address in
 * kanji only, and a kanji 会社住所1 beside "Tokyo" is no help to a person who writes in English.
 */
public final class CompanySection {
    private final FormField companyName;
    private final FormField companyNameKana;
    private final FormField branchName;
    private final FormField branchNameKana;
    private final FormField postalCode;
    private final FormField prefecture;
    private final FormField address1;
    private final FormField address2;
    private final Form form;
    private final PostalCodes postalCodes;
    /** What the last lookup put in 会社住所1, so that a later code may replace it but never what was typed. */
    private String filledAddress = "";
    private boolean showing;
    private final boolean fillsAddress;

    /** {@code language}: the screen's; an English one leaves 会社住所1 to the person. */
    public CompanySection(String idPrefix, BooleanSupplier active, PostalCodes postalCodes, Locale language) {
        this.postalCodes = postalCodes;
        this.fillsAddress = !language.getLanguage().equals("en");
        companyName = field(idPrefix, CompanyProfile.COMPANY_NAME, active).build();
        companyNameKana = field(idPrefix, CompanyProfile.COMPANY_NAME_KANA, active).build();
        branchName = field(idPrefix, CompanyProfile.BRANCH_NAME, active).build();
        branchNameKana = field(idPrefix, CompanyProfile.BRANCH_NAME_KANA, active).build();
        postalCode = field(idPrefix, CompanyProfile.POSTAL_CODE, active).build();
        prefecture = field(idPrefix, CompanyProfile.PREFECTURE, active).choices(Prefecture.NAMES)
                .typeAhead(Prefecture::typedAhead, Prefecture::shown).build();
        address1 = field(idPrefix, CompanyProfile.ADDRESS1, active).build();
        address2 = field(idPrefix, CompanyProfile.ADDRESS2, active).build();
        form = Form.of(companyName, companyNameKana, branchName, branchNameKana, postalCode, prefecture, address1,
                address2);
        postalCode.text().addListener((obs, was, typed) -> lookUp(was, typed));
    }

    /** Only a new code is looked up: the same code tidied on submit (１００－０００１ to 100-0001) is not. */
    private void lookUp(String was, String typed) {
        Optional<PostalCode> code = PostalCode.parse(Objects.requireNonNullElse(typed, ""));
        if (showing || code.isEmpty() || code.equals(PostalCode.parse(Objects.requireNonNullElse(was, "")))) {
            return;
        }
        postalCodes.find(code.get().value()).ifPresent(this::fill);
    }

    private void fill(PostalAddress found) {
        prefecture.text().set(found.prefecture());
        prefecture.clearError();
        String typedAddress = Objects.requireNonNullElse(address1.text().get(), "").strip();
        if (fillsAddress && !found.addressStart().isEmpty() && (typedAddress.isEmpty() || typedAddress.equals(filledAddress))) {
            address1.text().set(found.addressStart());
            address1.clearError();
            filledAddress = found.addressStart();
        }
    }

    /** {@code support} + {@code companyName} is {@code supportCompanyName}; no prefix keeps the name. */
    static String prefixed(String idPrefix, String name) {
        return InvalidInput.Check.id(idPrefix, name);
    }

    static FormField.Builder field(String idPrefix, FieldSpec spec, BooleanSupplier active) {
        return FormField.named(prefixed(idPrefix, spec.name())).activeWhen(active).spec(spec);
    }

    public Form form() {
        return form;
    }

    /** The values as typed, cleaned up; call after the form validated. */
    public CompanyProfile toProfile() {
        return new CompanyProfile(companyName.value(), companyNameKana.value(), branchName.value(),
                branchNameKana.value(), postalCode.value(), prefecture.value(), address1.value(), address2.value());
    }

    public void show(CompanyProfile profile) {
        showing = true;
        filledAddress = "";
        companyName.text().set(profile.companyName());
        companyNameKana.text().set(profile.companyNameKana());
        branchName.text().set(profile.branchName());
        branchNameKana.text().set(profile.branchNameKana());
        postalCode.text().set(profile.postalCode());
        prefecture.text().set(profile.prefecture());
        address1.text().set(profile.address1());
        address2.text().set(profile.address2());
        showing = false;
    }
}
