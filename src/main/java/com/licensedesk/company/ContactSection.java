package com.licensedesk.company;

import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.PhoneNumber;
import com.licensedesk.domain.Problem;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A person's fields (担当者, フリガナ, 部署, 電話番号, FAX番号, メールアドレス) as the user information and the support
 * contact have them. Phone and fax are an area code and a number; the fax is optional, but half a fax is refused.
 */
public final class ContactSection {
    private final FormField email;
    private final FormField contactName;
    private final FormField contactNameKana;
    private final FormField department;
    private final FormField phoneArea;
    private final FormField phoneNumber;
    private final FormField faxArea;
    // Not final: the fax's two parts are each required once the other is typed, so one is named before it is built.
    private FormField faxNumber;
    private final Form form;

    /** {@code language}: the screen's, which decides whether a Latin name is widened (see {@link ContactPerson}). */
    public ContactSection(String idPrefix, BooleanSupplier active, Locale language) {
        email = CompanySection.field(idPrefix, ContactPerson.EMAIL, active).build();
        contactName = FormField.named(CompanySection.prefixed(idPrefix, ContactPerson.NAME.name())).activeWhen(active)
                .spec(ContactPerson.NAME, language).build();
        contactNameKana = CompanySection.field(idPrefix, ContactPerson.NAME_KANA, active).build();
        department = FormField.named(CompanySection.prefixed(idPrefix, ContactPerson.DEPARTMENT.name()))
                .activeWhen(active).spec(ContactPerson.DEPARTMENT, language).build();
        phoneArea = CompanySection.field(idPrefix, ContactPerson.PHONE_AREA, active).build();
        phoneNumber = CompanySection.field(idPrefix, ContactPerson.PHONE_NUMBER, active)
                .rules(number -> wholeNumberProblem(phoneArea, number)).build();
        faxArea = CompanySection.field(idPrefix, ContactPerson.FAX_AREA, active)
                .requiredWhen(() -> !this.faxNumber.value().isEmpty()).build();
        faxNumber = CompanySection.field(idPrefix, ContactPerson.FAX_NUMBER, active)
                .requiredWhen(() -> !faxArea.value().isEmpty())
                .rules(number -> wholeNumberProblem(faxArea, number)).build();
        form = Form.of(email, contactName, contactNameKana, department, phoneArea, phoneNumber, faxArea, faxNumber);
    }

    /** The whole length is judged once the area code itself is right, and said at the number. */
    private static Optional<Problem> wholeNumberProblem(FormField area, String number) {
        if (area.problem().isPresent() || area.value().isEmpty()) {
            return Optional.empty();
        }
        return PhoneNumber.lengthProblem(area.value(), number);
    }

    public Form form() {
        return form;
    }

    /** The values as typed, cleaned up; call after the form validated. */
    public ContactPerson toContact() {
        PhoneNumber phone = new PhoneNumber(phoneArea.value(), phoneNumber.value());
        Optional<PhoneNumber> fax = faxArea.value().isEmpty()
                ? Optional.empty() : Optional.of(new PhoneNumber(faxArea.value(), faxNumber.value()));
        return new ContactPerson(contactName.value(), contactNameKana.value(), department.value(), phone, fax,
                email.value());
    }

    public void show(ContactPerson person) {
        email.text().set(person.email());
        contactName.text().set(person.name());
        contactNameKana.text().set(person.nameKana());
        department.text().set(person.department());
        phoneArea.text().set(person.phone().area());
        phoneNumber.text().set(person.phone().number());
        faxArea.text().set(person.fax().map(PhoneNumber::area).orElse(""));
        faxNumber.text().set(person.fax().map(PhoneNumber::number).orElse(""));
    }
}
