package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.CredentialCommands.ChangePassword;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.session.Actor;
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

    private final ChangePipeline pipeline;
    private final CredentialRepository credentials;
    private final SignInService signIn;
    private final SignInMail mail;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PasswordChangeService(ChangePipeline pipeline, CredentialRepository credentials, SignInService signIn,
                                 SignInMail mail, PasswordHasher hasher, Clock clock) {
        this.pipeline = pipeline;
        this.credentials = credentials;
        this.signIn = signIn;
        this.mail = mail;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** {@code newPassword} has passed the password policy already. */
    public Result change(long accountId, String currentPassword, String newPassword) {
        return replace(accountId, currentPassword, newPassword, account -> true, "wrong current password", false);
    }

    /**
     * The customer replaces a temporary password from the desk at sign-in: the temporary one must still be right
     * and unexpired. Refused as a wrong current password otherwise (counted toward the lockout).
     */
    public Result replaceTemporary(long accountId, String temporaryPassword, String newPassword) {
        return replace(accountId, temporaryPassword, newPassword,
                account -> account.temporaryUntil().filter(until -> clock.instant().isBefore(until)).isPresent(),
                "temporary password not accepted", true);
    }

    /** The one way a password is replaced: lockout, the current password (and {@code allowed}), then the change. */
    private Result replace(long accountId, String currentPassword, String newPassword,
                           Predicate<Credentials> allowed, String refusal, boolean replacesTemporary) {
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
        return pipeline.run(Actor.customer(account.loginId()),
                new ChangePassword(accountId, account.loginId(), newHash, replacesTemporary), this::change);
    }

    /** The handler of {@link ChangePassword}: the hash made before, at the desk or the kiosk where it was typed. */
    public Outcome<Result> change(ChangePassword command, ChangeContext context) {
        Instant now = context.now();
        credentials.changePassword(command.accountId(), command.passwordHash(), now);
        return Outcome.<Result>changed(new Result.Changed(now))
                .mailing(mail.passwordChanged(credentials.of(command.accountId()), now))
                .audited(command.accountId(), AuditAction.PASSWORD_CHANGED,
                        command.replacesTemporary() ? "temporary password replaced" : "");
    }
}
