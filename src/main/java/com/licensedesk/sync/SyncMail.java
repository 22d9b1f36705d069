package com.licensedesk.sync;

import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.registration.RegisterCustomer;

/**
 * The mails of 同期の確認's answers, to the support contact of the kiosk's registration, in the customer's language:
 * registered under another login ID, or rejected with the person's reason.
 */
final class SyncMail {
    private final MailTemplates templates;

    SyncMail(MailTemplates templates) {
        this.templates = templates;
    }

    /** {@code renamed}: the registration under its new login ID; {@code kioskLoginId}: the one the customer chose. */
    NewMail newLoginId(RegisterCustomer renamed, String kioskLoginId) {
        return templates.compose(renamed.language(), "syncNewLoginId", renamed.supportContact().person().email(),
                renamed.loginId(), kioskLoginId);
    }

    NewMail rejected(RegisterCustomer registration, String reason) {
        return templates.compose(registration.language(), "syncRejected",
                registration.supportContact().person().email(), registration.key().value(), reason);
    }
}
