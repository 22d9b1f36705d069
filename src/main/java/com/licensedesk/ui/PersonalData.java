package com.licensedesk.ui;

/**
 * A view model that holds what one person typed or was shown. The window clears it when that person is gone: at the
 * end of a session for an account's screens, and when a kiosk starts over for the next person for every screen.
 */
public interface PersonalData {

    /** Forgets everything of the person: fields, answers, banners. */
    void clear();

    /** True for an account's data (cleared when the session ends); false for what only a kiosk start-over clears. */
    default boolean endsWithSession() {
        return true;
    }
}
