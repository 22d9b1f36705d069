package com.licensedesk.company;

import com.licensedesk.domain.FieldSpec;

import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.MailAddress;
import com.licensedesk.domain.Text;

/** 緊急連絡先メールアドレス, in the registration form and on the support contact tab. */
public final class EmergencyContact {
    private EmergencyContact() {
    }

    public static final FieldSpec EMAIL = FieldSpec.required("emergencyEmail", Text::halfWidth, MailAddress.RULE);

    public static FormField emailField() {
        return FormField.named(EMAIL.name()).spec(EMAIL).build();
    }
}
