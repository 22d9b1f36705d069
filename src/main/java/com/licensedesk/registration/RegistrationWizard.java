package com.licensedesk.registration;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.ScreenId;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where a first registration stands, shared by its three screens: the key typed on the Start screen, the catalogue
 * entry it was found as, and the agreement once accepted. Each step needs the one before it.
 */
public final class RegistrationWizard implements PersonalData {
    /** The wizard's steps, in order, each with the screen it is shown on: the flow's screens are decided here only. */
    public enum Step {
        KEY(RegistrationScreens.START), PRODUCT_CHECK(RegistrationScreens.PRODUCT_CHECK),
        FORM(RegistrationScreens.FORM);

        private final ScreenId screen;

        Step(ScreenId screen) {
            this.screen = screen;
        }

        public ScreenId screen() {
            return screen;
        }
    }

    private final Navigator navigator;

    private final StringProperty keyText = new SimpleStringProperty(this, "keyText", "");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.KEY);
    private CatalogEntry entry;
    private AgreementAcceptance agreement;

    public RegistrationWizard(Navigator navigator) {
        this.navigator = navigator;
    }

    /** The key as typed on the Start screen; kept when the person comes back to it. */
    public StringProperty keyText() {
        return keyText;
    }

    public Step step() {
        return step.get();
    }

    /** The Start screen found the key in the catalogue, unregistered: on to the product check. */
    public void keyFound(CatalogEntry found) {
        entry = found;
        agreement = null;
        moveTo(Step.PRODUCT_CHECK);
    }

    /** The licence agreement was accepted on the product check: on to the form. */
    public void agreementAccepted(AgreementAcceptance acceptance) {
        requireStep(Step.PRODUCT_CHECK);
        agreement = acceptance;
        moveTo(Step.FORM);
    }

    /** Back one step; what was typed stays. */
    public void back() {
        if (step.get() == Step.FORM) {
            agreement = null;
            moveTo(Step.PRODUCT_CHECK);
        } else {
            entry = null;
            moveTo(Step.KEY);
        }
    }

    /** Registered: the next person starts from an empty Start screen. */
    public void finish() {
        entry = null;
        agreement = null;
        keyText.set("");
        step.set(Step.KEY);
    }

    /** A kiosk starts over: the next person begins with nothing of this one. */
    @Override
    public void clear() {
        finish();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private void moveTo(Step next) {
        step.set(next);
        navigator.show(next.screen());
    }

    public Optional<CatalogEntry> entry() {
        return Optional.ofNullable(entry);
    }

    public ProductKey key() {
        return entry().orElseThrow(() -> new IllegalStateException("No key found yet")).key();
    }

    public Optional<AgreementAcceptance> agreement() {
        return Optional.ofNullable(agreement);
    }

    private void requireStep(Step expected) {
        if (step.get() != expected) {
            throw new IllegalStateException("Expected step " + expected + " but at " + step.get());
        }
    }
}
