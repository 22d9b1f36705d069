package com.licensedesk.operators;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.DeskThrottle;
import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.auth.Totp;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.operators.OperatorCommands.StaffSignInFailed;
import com.licensedesk.operators.OperatorCommands.StaffSignInFailure;
import com.licensedesk.operators.OperatorCommands.StaffSignedIn;
import com.licensedesk.session.Actor;
import com.licensedesk.session.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * スタッフログイン: an operator's login ID and password, with the same rules as customers' sign-in: the same answer
 * for a wrong ID, a wrong password and a deactivated operator, the same work for each, and 5 failures in 15 minutes
 * lock the ID for 15 minutes. Staff attempts are counted apart from customers' ({@code staff:} in front).
 */
public final class StaffSignInService {
    /** What a staff sign-in came to. */
    public sealed interface Result {
        record SignedIn(StaffMember member) implements Result {
        }

        record Refused() implements Result {
        }

        record Locked(Instant until) implements Result {
        }

        /** The password was right and two-factor sign-in is on: the authenticator's code is next. */
        record NeedsSecondFactor(StaffMember member) implements Result {
        }
    }

    private final OperatorRepository operators;
    private final SignInAttempts attempts;
    private final ChangePipeline pipeline;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Totp totp;
    private final DeskThrottle throttle;
    private String unknownHash;

    /** {@code throttle}: this desk's, shared with the customers' sign-in. */
    public StaffSignInService(OperatorRepository operators, SignInAttempts attempts, ChangePipeline pipeline,
                              PasswordHasher hasher, Totp totp, Clock clock, DeskThrottle throttle) {
        this.throttle = throttle;
        this.totp = totp;
        this.operators = operators;
        this.attempts = attempts;
        this.pipeline = pipeline;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Result signIn(String typedLoginId, String password) {
        throttle.pause();
        String loginId = LoginId.recorded(typedLoginId);
        String key = attemptKey(loginId);
        // Counted before the slow hash, judged by the tries before it: desks trying at once never pass the limit.
        Instant started = clock.instant();
        long tryId = attempts.countTry(key, started);
        Optional<Instant> locked = Lockout.lockedUntil(
                attempts.failuresBefore(key, started.minus(Lockout.LOOK_BACK), tryId), started);
        if (locked.isPresent()) {
            attempts.withdraw(tryId);
            return new Result.Locked(locked.get());
        }
        Optional<OperatorRepository.Stored> found = operators.find(loginId);
        boolean matches = hasher.matches(password,
                found.map(OperatorRepository.Stored::passwordHash).orElseGet(this::unknownHash))
                && found.isPresent() && found.get().operator().active();
        if (matches) {
            attempts.withdraw(tryId);
            Operator operator = found.get().operator();
            StaffMember member = new StaffMember(operator.id(), operator.loginId(), operator.name(), operator.role());
            if (operators.totp(operator.id()).isPresent()) {
                return new Result.NeedsSecondFactor(member);
            }
            return signedIn(member, false);
        }
        throttle.failed();
        Actor who = found.map(stored -> Actor.operator(stored.operator().loginId(), stored.operator().role()))
                .orElse(Actor.system("staff-sign-in"));
        pipeline.run(who, new StaffSignInFailed(loginId, found.isPresent() ? StaffSignInFailure.PASSWORD_REFUSED
                : StaffSignInFailure.UNKNOWN_LOGIN_ID), this::failed);
        Optional<Instant> nowLocked = lockedUntil(key);
        return nowLocked.<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
    }

    /** The second step: a current code from the operator's authenticator app, each code once. */
    public Result verify(StaffMember member, String typed) {
        String key = attemptKey(member.loginId());
        Optional<Instant> locked = lockedUntil(key);
        if (locked.isPresent()) {
            return new Result.Locked(locked.get());
        }
        Instant now = clock.instant();
        Optional<OperatorRepository.TotpState> state = operators.totp(member.operatorId());
        if (state.isPresent()) {
            OptionalLong step = totp.accept(state.get().secret(), typed, now, state.get().lastStep());
            if (step.isPresent() && operators.useTotpStep(member.operatorId(), step.getAsLong())) {
                return signedIn(member, true);
            }
        }
        throttle.failed();
        pipeline.run(member.actor(), new StaffSignInFailed(member.loginId(), StaffSignInFailure.WRONG_CODE),
                this::failed);
        return lockedUntil(key).<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
    }

    private Result signedIn(StaffMember member, boolean withAuthenticatorCode) {
        pipeline.run(member.actor(), new StaffSignedIn(member.loginId(), withAuthenticatorCode), this::signedIn);
        return new Result.SignedIn(member);
    }

    Outcome<Boolean> signedIn(StaffSignedIn command, ChangeContext context) {
        attempts.record(attemptKey(command.loginId()), context.now(), SignInAttempts.Outcome.SUCCEEDED);
        return Outcome.event(true, Optional.empty(), AuditAction.STAFF_SIGN_IN_SUCCEEDED,
                command.withAuthenticatorCode() ? "authenticator code" : "");
    }

    /** A wrong code is counted here; a wrong password was counted as a try before its hash was compared. */
    Outcome<Boolean> failed(StaffSignInFailed command, ChangeContext context) {
        if (command.failure() == StaffSignInFailure.WRONG_CODE) {
            attempts.record(attemptKey(command.loginId()), context.now(), SignInAttempts.Outcome.FAILED);
        }
        return Outcome.event(false, Optional.empty(), AuditAction.STAFF_SIGN_IN_FAILED, command.failure().detail());
    }

    /** Staff attempts are counted apart from customers'; an operator's own account screen counts with them. */
    static String attemptKey(String loginId) {
        return "staff:" + LoginId.folded(loginId);
    }

    private Optional<Instant> lockedUntil(String key) {
        Instant now = clock.instant();
        return Lockout.lockedUntil(attempts.recentFailures(key, now.minus(Lockout.LOOK_BACK)), now);
    }

    private synchronized String unknownHash() {
        if (unknownHash == null) {
            unknownHash = hasher.hash("no operator has this password " + System.nanoTime());
        }
        return unknownHash;
    }
}
