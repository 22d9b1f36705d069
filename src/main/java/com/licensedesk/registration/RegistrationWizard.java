package com.licensedesk.registration;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.AgreementAcceptance;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where a first registration stands, shared by its three screens: the key typed on the Start screen, the catalogue
 * entry it was found as, and the agreement once accepted. Each step needs the one before it.
 */
public final class RegistrationWizard {
    /** The wizard's steps, in order. */
    public enum Step { KEY, PRODUCT_CHECK, FORM }

    private final StringProperty keyText = new SimpleStringProperty(this, "keyText", "");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.KEY);
    private CatalogEntry entry;
    private AgreementAcceptance agreement;

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
        step.set(Step.PRODUCT_CHECK);
    }

    /** The licence agreement was accepted on the product check: on to the form. */
    public void agreementAccepted(AgreementAcceptance acceptance) {
        requireStep(Step.PRODUCT_CHECK);
        agreement = acceptance;
        step.set(Step.FORM);
    }

    /** Back one step; what was typed stays. */
    public void back() {
        if (step.get() == Step.FORM) {
            agreement = null;
            step.set(Step.PRODUCT_CHECK);
        } else {
            entry = null;
            step.set(Step.KEY);
        }
    }

    /** Registered: the next person starts from an empty Start screen. */
    public void finish() {
        entry = null;
        agreement = null;
        keyText.set("");
        step.set(Step.KEY);
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
