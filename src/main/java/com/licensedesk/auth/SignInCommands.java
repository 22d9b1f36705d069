package com.licensedesk.auth;

import com.licensedesk.change.SignInRecord;
import com.licensedesk.audit.AuditAction;
import java.util.Optional;

/**
 * What a customer's sign-in try came to, as commands: audited, never journalled (a try changes no customer's data),
 * and open to every actor, as whoever types a login ID is no one yet.
 */
public final class SignInCommands {
    private SignInCommands() {
    }

    /**
     * A try the audit log records as it came: refused while locked, a password accepted with a step still to come,
     * a temporary password expired, a login ID no account can have. {@code action} is one of the SIGN_IN ones.
     */
    public record SignInEvent(Optional<Long> accountId, String loginId, AuditAction action, String detail)
            implements SignInRecord {
    }

    /** Signed in, the lockout's count starting again; {@code how} the second step was passed, if there was one. */
    public record SignInSucceeded(long accountId, String loginId, String how) implements SignInRecord {
    }

    /**
     * A wrong password or code, at sign-in, at パスワードの変更 or when switching two-factor sign-in off: it counts toward
     * the lockout. {@code counted}: the sign-in counted the try as failed before it checked the password.
     */
    public record FailedTry(Optional<Long> accountId, String loginId, AuditAction action, String detail,
                            boolean counted) implements SignInRecord {
    }
}
