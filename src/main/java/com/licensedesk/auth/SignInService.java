package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.SignInCommands.FailedTry;
import com.licensedesk.auth.SignInCommands.SignInEvent;
import com.licensedesk.auth.SignInCommands.SignInSucceeded;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.session.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a login ID and password. A wrong login ID and a wrong password look the same from outside (same answer,
 * same work), and 5 failures within 15 minutes lock the login ID for 15 minutes, whether or not an account has it.
 * Every attempt is in the audit log. Slow: hashes; call it off the FX thread.
 */
public final class SignInService {
    /** What a sign-in came to. */
    public sealed interface Result {
        record SignedIn(long accountId, String loginId) implements Result {
        }

        record Refused() implements Result {
        }

        record Locked(Instant until) implements Result {
        }

        /** The password was right and two-factor sign-in is on: the 6-digit code (or a recovery code) is next. */
        record NeedsSecondFactor(long accountId, String loginId) implements Result {
        }

        /** The password was a temporary one from the desk: a password of the customer's own is set first. */
        record MustChangePassword(long accountId, String loginId) implements Result {
        }

        /** The password was a temporary one whose time has passed: the desk issues another. */
        record TemporaryExpired() implements Result {
        }
    }

    private final CredentialRepository credentials;
    private final SignInAttempts attempts;
    private final ChangePipeline pipeline;
    private final PasswordHasher hasher;
    private final TwoFactorRepository twoFactor;
    private final Totp totp;
    private final Clock clock;
    private final DeskThrottle throttle;
    private String unknownAccountHash;

    /**
     * {@code pipeline}: what every try's audit entry is written through; {@code throttle}: this desk's, shared with
     * the staff sign-in.
     */
    public SignInService(CredentialRepository credentials, SignInAttempts attempts, ChangePipeline pipeline,
                         PasswordHasher hasher, TwoFactorRepository twoFactor, Totp totp, Clock clock,
                         DeskThrottle throttle) {
        this.throttle = throttle;
        this.credentials = credentials;
        this.attempts = attempts;
        this.pipeline = pipeline;
        this.hasher = hasher;
        this.twoFactor = twoFactor;
        this.totp = totp;
        this.clock = clock;
    }

    public Result signIn(String typedLoginId, String password) {
        throttle.pause();
        String loginId = LoginId.recorded(typedLoginId);
        if (loginId.equals(LoginId.NOT_A_LOGIN_ID)) {
            // No account can have it: the same work and answer as a wrong password, no lockout of a non-ID.
            hasher.matches(password, unknownAccountHash());
            throttle.failed();
            record(Optional.empty(), loginId, AuditAction.SIGN_IN_FAILED, "not a login ID");
            return new Result.Refused();
        }
        String folded = LoginId.folded(loginId);
        Optional<Credentials> account = credentials.find(loginId);
        Optional<Long> accountId = account.map(Credentials::accountId);
        // The try counts as failed before the slow hash, and the lock is judged by the tries before it: desks trying
        // at the same moment see each other's tries, so together they never get past the limit.
        Instant started = clock.instant();
        long tryId = attempts.countTry(folded, started);
        Optional<Instant> locked = Lockout.lockedUntil(
                attempts.failuresBefore(folded, started.minus(Lockout.LOOK_BACK), tryId), started);
        if (locked.isPresent()) {
            attempts.withdraw(tryId);
            record(accountId, loginId, AuditAction.SIGN_IN_REFUSED_WHILE_LOCKED, "until=" + locked.get());
            return new Result.Locked(locked.get());
        }
        // An unknown login ID costs the same hash as a known one, so timing does not tell them apart.
        boolean matches = hasher.matches(password,
                account.map(Credentials::passwordHash).orElseGet(this::unknownAccountHash)) && account.isPresent();
        Instant now = clock.instant();
        if (matches) {
            attempts.withdraw(tryId);
        }
        if (matches && account.get().temporaryUntil().isPresent()) {
            if (!now.isBefore(account.get().temporaryUntil().get())) {
                record(accountId, account.get().loginId(), AuditAction.SIGN_IN_FAILED, "temporary password expired");
                return new Result.TemporaryExpired();
            }
            record(accountId, account.get().loginId(), AuditAction.SIGN_IN_PASSWORD_ACCEPTED, "temporary password: change next");
            return new Result.MustChangePassword(account.get().accountId(), account.get().loginId());
        }
        if (matches && twoFactor.secret(account.get().accountId()).isPresent()) {
            record(accountId, account.get().loginId(), AuditAction.SIGN_IN_PASSWORD_ACCEPTED, "two-factor code next");
            return new Result.NeedsSecondFactor(account.get().accountId(), account.get().loginId());
        }
        if (matches) {
            succeeded(account.get().accountId(), account.get().loginId(), "");
            return new Result.SignedIn(account.get().accountId(), account.get().loginId());
        }
        throttle.failed();
        // The try was counted before the hash: it is not counted again.
        return pipeline.run(Actor.customer(loginId), new FailedTry(accountId, loginId, AuditAction.SIGN_IN_FAILED,
                        account.isPresent() ? "wrong password" : "unknown login ID", true), this::failedTry)
                .<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
    }

    /**
     * The second step: a current code from the authenticator app (each code once), or one of the recovery codes
     * (each once). A wrong code counts toward the lockout like a wrong password.
     */
    public Result verifySecondFactor(long accountId, String loginId, String typed) {
        String folded = LoginId.folded(loginId);
        Optional<Instant> locked = lockedUntil(folded);
        if (locked.isPresent()) {
            record(Optional.of(accountId), loginId, AuditAction.SIGN_IN_REFUSED_WHILE_LOCKED, "until=" + locked.get());
            return new Result.Locked(locked.get());
        }
        Instant now = clock.instant();
        Optional<TwoFactorRepository.Secret> secret = twoFactor.secret(accountId);
        boolean accepted = false;
        String how = "";
        if (secret.isPresent()) {
            OptionalLong step = totp.accept(secret.get().secret(), typed, now, secret.get().lastStep());
            if (step.isPresent() && twoFactor.useStep(accountId, step.getAsLong())) {
                accepted = true;
                how = "authenticator code";
            } else if (twoFactor.unusedRecoveryCodes(accountId).stream()
                    .filter(code -> RecoveryCodeHash.matches(typed, code.hash())).findFirst()
                    .filter(code -> twoFactor.useRecoveryCode(code.id(), now)).isPresent()) {
                accepted = true;
                how = "recovery code";
            }
        }
        if (accepted) {
            succeeded(accountId, loginId, how);
            return new Result.SignedIn(accountId, loginId);
        }
        return recordFailure(Optional.of(accountId), loginId, AuditAction.SIGN_IN_FAILED, "wrong two-factor code")
                .<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
    }

    /**
     * A wrong password or code, wherever it was typed (sign-in, password change, switching two-factor off): it
     * counts toward the lockout and is in the audit log. Returns until when the login ID is now locked, if it is.
     */
    public Optional<Instant> recordFailure(Optional<Long> accountId, String loginId, AuditAction action, String detail) {
        throttle.failed();
        return pipeline.run(Actor.customer(loginId), new FailedTry(accountId, loginId, action, detail, false),
                this::failedTry);
    }

    /** Until when the login ID is locked, if it is. */
    public Optional<Instant> lockedUntil(String foldedLoginId) {
        Instant now = clock.instant();
        return Lockout.lockedUntil(attempts.recentFailures(foldedLoginId, now.minus(Lockout.LOOK_BACK)), now);
    }

    Outcome<Optional<Instant>> failedTry(FailedTry command, ChangeContext context) {
        String folded = LoginId.folded(command.loginId());
        if (!command.counted()) {
            attempts.record(folded, context.now(), SignInAttempts.Outcome.FAILED);
        }
        Optional<Instant> locked = lockedUntil(folded);
        Outcome<Optional<Instant>> failed = Outcome.event(locked, command.accountId(), command.action(),
                command.detail());
        return locked.map(until -> failed.audited(command.accountId(), AuditAction.SIGN_IN_LOCKED, "until=" + until))
                .orElse(failed);
    }

    private void succeeded(long accountId, String loginId, String how) {
        pipeline.run(Actor.customer(loginId), new SignInSucceeded(accountId, loginId, how), (command, context) -> {
            attempts.record(LoginId.folded(command.loginId()), context.now(), SignInAttempts.Outcome.SUCCEEDED);
            return Outcome.event(true, Optional.of(command.accountId()), AuditAction.SIGN_IN_SUCCEEDED, command.how());
        });
    }

    private void record(Optional<Long> accountId, String loginId, AuditAction action, String detail) {
        pipeline.run(Actor.customer(loginId), new SignInEvent(accountId, loginId, action, detail),
                (command, context) -> Outcome.event(true, command.accountId(), command.action(), command.detail()));
    }

    private synchronized String unknownAccountHash() {
        if (unknownAccountHash == null) {
            unknownAccountHash = hasher.hash("no account has this password " + System.nanoTime());
        }
        return unknownAccountHash;
    }
}
