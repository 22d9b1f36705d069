package com.licensedesk.company;

import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.FullWidth;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.Kana;
import com.licensedesk.domain.MailAddress;
import com.licensedesk.domain.Text;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.domain.PhoneNumber;
import java.util.Optional;

/** A person to reach: the account's user (担当者) or the support contact's person. Optional texts are empty strings. */
public record ContactPerson(
        String name,
        String nameKana,
        String department,
        PhoneNumber phone,
        Optional<PhoneNumber> fax,
        String email) {

    public static final FieldSpec EMAIL = FieldSpec.required("email", Text::halfWidth, MailAddress.RULE);
    /** (全角) in Japanese; an English screen keeps a Latin name as typed ("John Smith", not 「Ｊｏｈｎ Ｓｍｉｔｈ」). */
    public static final FieldSpec NAME = FieldSpec.required("contactName", FullWidth::toFullWidth,
            Text.maxLength(100), FullWidth.RULE).onEnglishScreens(FullWidth::keepingLatin);
    public static final FieldSpec NAME_KANA = FieldSpec.optional("contactNameKana", Kana::toFullWidthKatakana,
            Text.maxLength(100), Kana.RULE);
    /** As the name: "IT Department" stays so on an English screen. */
    public static final FieldSpec DEPARTMENT = FieldSpec.optional("department", FullWidth::toFullWidth,
            Text.maxLength(100), FullWidth.RULE).onEnglishScreens(FullWidth::keepingLatin);
    public static final FieldSpec PHONE_AREA = FieldSpec.required("phoneArea", PhoneNumber::digits,
            PhoneNumber.AREA_RULE);
    public static final FieldSpec PHONE_NUMBER = FieldSpec.required("phoneNumber", PhoneNumber::digits,
            PhoneNumber.NUMBER_RULE);
    public static final FieldSpec FAX_AREA = FieldSpec.optional("faxArea", PhoneNumber::digits, PhoneNumber.AREA_RULE);
    public static final FieldSpec FAX_NUMBER = FieldSpec.optional("faxNumber", PhoneNumber::digits,
            PhoneNumber.NUMBER_RULE);

    /** Checks every field with the rules the form has, under the form's ids ({@code prefix} {@code support}). */
    public InvalidInput.Check checkInto(InvalidInput.Check check, String prefix) {
        check.field(prefix, EMAIL, email).field(prefix, NAME, name).field(prefix, NAME_KANA, nameKana)
                .field(prefix, DEPARTMENT, department);
        number(check, prefix, PHONE_AREA, PHONE_NUMBER, Optional.ofNullable(phone)
                .orElse(new PhoneNumber("", "")));
        fax.ifPresent(number -> number(check, prefix, FAX_AREA, FAX_NUMBER, number));
        return check;
    }

    /** Both parts by their rules; the whole length once the area code is right, said at the number. */
    private static void number(InvalidInput.Check check, String prefix, FieldSpec area, FieldSpec number,
                               PhoneNumber value) {
        boolean areaRight = area.problem(value.area()).isEmpty() && !value.area().isEmpty();
        check.field(prefix, area, value.area()).field(prefix, number, value.number());
        if (areaRight && number.problem(value.number()).isEmpty() && !value.number().isEmpty()) {
            check.problem(prefix, number.name(), PhoneNumber.lengthProblem(value.area(), value.number()));
        }
    }

    /** The fields that differ from {@code after}; a phone or fax number counts as one field. */
    public FieldChanges changesTo(ContactPerson after) {
        return new FieldChanges()
                .compare("email", email, after.email)
                .compare("name", name, after.name)
                .compare("nameKana", nameKana, after.nameKana)
                .compare("department", department, after.department)
                .compare("phone", phone, after.phone)
                .compare("fax", fax.map(Object::toString).orElse(""), after.fax.map(Object::toString).orElse(""));
    }
}
