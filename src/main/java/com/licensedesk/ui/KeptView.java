package com.licensedesk.ui;

/**
 * A screen's view that the window loads once and keeps while it is open, instead of loading its FXML at every
 * showing: for a screen shown often with much on it (the products of an account with thousands of licences).
 */
public interface KeptView {
    /** The kept view is shown again: it brings itself up to date, as its first showing did. */
    void shownAgain();
}
