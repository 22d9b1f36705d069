package com.licensedesk.registration;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.AgreementStep;
import java.util.Optional;

/** The product check as the registration's Step 3: 続行 leads to the form, キャンセル back to the Start screen. */
public final class ProductCheckStep implements AgreementStep {
    private final RegistrationWizard wizard;

    public ProductCheckStep(RegistrationWizard wizard) {
        this.wizard = wizard;
    }

    @Override
    public Optional<CatalogEntry> entry() {
        return wizard.entry();
    }

    @Override
    public void accepted(AgreementAcceptance acceptance) {
        wizard.agreementAccepted(acceptance);
    }

    @Override
    public void cancelled() {
        wizard.back();
    }
}
