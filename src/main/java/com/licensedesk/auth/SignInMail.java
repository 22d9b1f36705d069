package com.licensedesk.auth;

import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.ui.Formats;
import java.time.Instant;

/**
 * The notices about how a customer signs in, to the user's address in the user's language: the password changed, a
 * temporary password issued, two-factor sign-in on or off, and the reset code (the one mail that holds a secret).
 */
public final class SignInMail {
    private final MailTemplates templates;

    public SignInMail(MailTemplates templates) {
        this.templates = templates;
    }

    /** お客様のパスワードが変更されました。: after a change and after a reset. */
    public NewMail passwordChanged(Credentials account, Instant at) {
        return templates.compose(account.language(), "passwordChanged", account.email(), account.loginId(),
                Formats.dateTime(at));
    }

    /** 仮パスワードが発行されました, without the password. */
    public NewMail temporaryPassword(Credentials account, Instant at, Instant validUntil) {
        return templates.compose(account.language(), "temporaryPassword", account.email(), account.loginId(),
                Formats.dateTime(at), Formats.dateTime(validUntil));
    }

    public NewMail twoFactorEnabled(Credentials account, Instant at) {
        return templates.compose(account.language(), "twoFactorEnabled", account.email(), account.loginId(),
                Formats.dateTime(at));
    }

    /** Switched off by the customer or at the desk. */
    public NewMail twoFactorDisabled(Credentials account, Instant at) {
        return templates.compose(account.language(), "twoFactorDisabled", account.email(), account.loginId(),
                Formats.dateTime(at));
    }

    /** The reset code, which the outbox stops sending once it no longer works. */
    public NewMail resetCode(Credentials account, String code, Instant validUntil) {
        return templates.compose(account.language(), "resetCode", account.email(), code,
                Formats.dateTime(validUntil)).validUntil(validUntil);
    }
}
