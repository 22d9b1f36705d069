package com.licensedesk.session;

/** What a change needs of its actor. The services check it; hidden buttons are only a courtesy. */
public enum Permission {
    /** Change a customer's data: register, add keys, edit, issue a temporary password, resend mail. */
    CHANGE_CUSTOMERS,
    /** Run the desk: operators, settings, catalogue import. */
    MANAGE_DESK,
    /** Change one's own password and two-factor sign-in: every operator, for themselves (the service sees to that). */
    OWN_ACCOUNT,
    /** Sign in, or fail to: anyone may, a read-only operator too; the attempt is only audited. */
    SIGN_IN
}
