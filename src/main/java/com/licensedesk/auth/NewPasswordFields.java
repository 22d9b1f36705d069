package com.licensedesk.auth;

import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;

/**
 * A new password and its confirmation under the password policy: in the registration form, the password change and
 * the password reset. Passwords are taken as typed, spaces and all.
 */
public final class NewPasswordFields {
    private final FormField password;
    private final FormField confirmation;

    public NewPasswordFields(String passwordId, String confirmationId) {
        password = FormField.named(passwordId).spec(PasswordPolicy.FIELD).build();
        // The first key typed starts the estimator's load, so that the check on submit finds it ready.
        password.text().addListener((text, was, now) -> PasswordPolicy.loadSoon());
        confirmation = FormField.named(confirmationId).required().cleanUp(typed -> typed)
                .rules(typed -> PasswordPolicy.confirmationProblem(password.value(), typed)).build();
    }

    public FormField password() {
        return password;
    }

    public Form form() {
        return Form.of(password, confirmation);
    }
}
