package com.licensedesk.registration;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.AgreementStep;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import java.util.Optional;

/** The product check as the registration's Step 3: 続行 leads to the form, キャンセル back to the Start screen. */
public final class ProductCheckStep implements AgreementStep {
    private final RegistrationWizard wizard;
    private final Navigator navigator;

    public ProductCheckStep(RegistrationWizard wizard, Navigator navigator) {
        this.wizard = wizard;
        this.navigator = navigator;
    }

    @Override
    public Optional<CatalogEntry> entry() {
        return wizard.entry();
    }

    @Override
    public void accepted(AgreementAcceptance acceptance) {
        wizard.agreementAccepted(acceptance);
        navigator.show(Screen.REGISTRATION_FORM);
    }

    @Override
    public void cancelled() {
        wizard.back();
        navigator.show(Screen.START);
    }
}
