package com.licensedesk.session;

/** What a change needs of its actor. The services check it; hidden buttons are only a courtesy. */
public enum Permission {
    /** Change a customer's data: register, add keys, edit, issue a temporary password, resend mail. */
    CHANGE_CUSTOMERS,
    /** Run the desk: operators, settings, catalogue import. */
    MANAGE_DESK,
    /**
     * Sign in, and leave what the try came to in the audit log: every actor may, as whoever types a login ID is no
     * one yet.
     */
    SIGN_IN
}
