package com.licensedesk.change;

import com.licensedesk.session.Permission;

/** What a sign-in try came to, a customer's or an operator's: anyone may leave it in the audit log; never journalled. */
public interface SignInRecord extends NotJournalled {
    @Override
    default Permission permission() {
        return Permission.SIGN_IN;
    }
}
