package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.session.Actor;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.change.Transactor;
import com.licensedesk.ui.Formats;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * パスワードの変更: the current password must be right (a wrong one counts toward the lockout like a failed
 * sign-in); the new hash, the mail 「お客様のパスワードが変更されました。」 and the audit record are one transaction.
 * The change time ends the account's sessions on other desks. Slow: hashes twice.
 */
public final class PasswordChangeService {
    /** What a change came to. */
    public sealed interface Result {
        record Changed(Instant at) implements Result {
        }

        record WrongCurrentPassword() implements Result {
        }

        record Locked(Instant until) implements Result {
        }
    }

    private final Transactor transactor;
    private final CredentialRepository credentials;
    private final SignInService signIn;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PasswordChangeService(Transactor transactor, CredentialRepository credentials, SignInService signIn, Outbox outbox,
                                 MailTemplates templates, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.transactor = transactor;
        this.credentials = credentials;
        this.signIn = signIn;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** {@code newPassword} has passed the password policy already. */
    public Result change(long accountId, String currentPassword, String newPassword) {
        return replace(accountId, currentPassword, newPassword, account -> true, "wrong current password", "");
    }

    /**
     * The customer replaces a temporary password from the desk at sign-in: the temporary one must still be right
     * and unexpired. Refused as a wrong current password otherwise (counted toward the lockout).
     */
    public Result replaceTemporary(long accountId, String temporaryPassword, String newPassword) {
        return replace(accountId, temporaryPassword, newPassword,
                account -> account.temporaryUntil().filter(until -> clock.instant().isBefore(until)).isPresent(),
                "temporary password not accepted", "temporary password replaced");
    }

    /** The one way a password is replaced: lockout, the current password (and {@code allowed}), then the change. */
    private Result replace(long accountId, String currentPassword, String newPassword,
                           Predicate<Credentials> allowed, String refusal, String detail) {
        Credentials account = credentials.of(accountId);
        Optional<Instant> locked = signIn.lockedUntil(LoginId.folded(account.loginId()));
        if (locked.isPresent()) {
            return new Result.Locked(locked.get());
        }
        if (!allowed.test(account) || !hasher.matches(currentPassword, account.passwordHash())) {
            return signIn.recordFailure(Optional.of(accountId), account.loginId(), AuditAction.PASSWORD_CHANGE_REFUSED, refusal)
                    .<Result>map(Result.Locked::new).orElseGet(Result.WrongCurrentPassword::new);
        }
        String newHash = hasher.hash(newPassword);
        Instant now = clock.instant();
        transactor.inTransaction(() -> {
            credentials.changePassword(accountId, newHash, now);
            outbox.enqueue(templates.compose(account.language(), "passwordChanged", account.email(),
                    account.loginId(), Formats.dateTime(now)));
            record(account, AuditAction.PASSWORD_CHANGED, detail);
        });
        return new Result.Changed(now);
    }

    private void record(Credentials account, AuditAction action, String detail) {
        audit.record(new AuditEntry(clock.instant(), Optional.of(account.accountId()), Actor.customer(account.loginId()), action,
                detail));
    }
}
