package com.licensedesk.operators;

import com.licensedesk.audit.AuditAction;

import java.util.OptionalLong;
import com.licensedesk.auth.Totp;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.DeskThrottle;
import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.session.Actor;
import com.licensedesk.session.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Totp totp;
    private final DeskThrottle throttle;
    private String unknownHash;

    public StaffSignInService(OperatorRepository operators, SignInAttempts attempts, AuditLog audit,
                              PasswordHasher hasher, Totp totp, Clock clock) {
        this(operators, attempts, audit, hasher, totp, clock, new DeskThrottle(clock, DeskThrottle::sleep));
    }

    /** {@code throttle}: this desk's, shared with the customers' sign-in. */
    public StaffSignInService(OperatorRepository operators, SignInAttempts attempts, AuditLog audit,
                              PasswordHasher hasher, Totp totp, Clock clock, DeskThrottle throttle) {
        this.throttle = throttle;
        this.totp = totp;
        this.operators = operators;
        this.attempts = attempts;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Result signIn(String typedLoginId, String password) {
        throttle.pause();
        String loginId = LoginId.recorded(typedLoginId);
        String key = "staff:" + LoginId.folded(loginId);
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
        Instant now = clock.instant();
        if (matches) {
            attempts.withdraw(tryId);
            Operator operator = found.get().operator();
            StaffMember member = new StaffMember(operator.id(), operator.loginId(), operator.name(), operator.role());
            if (operators.totp(operator.id()).isPresent()) {
                return new Result.NeedsSecondFactor(member);
            }
            return signedIn(key, member, now, "");
        }
        throttle.failed();
        Actor who = found.map(stored -> Actor.operator(stored.operator().loginId(), stored.operator().role()))
                .orElse(Actor.system("staff-sign-in"));
        audit.record(new AuditEntry(now, Optional.empty(), who, AuditAction.STAFF_SIGN_IN_FAILED,
                found.isPresent() ? "" : "unknown login ID"));
        Optional<Instant> nowLocked = lockedUntil(key);
        return nowLocked.<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
    }

    /** The second step: a current code from the operator's authenticator app, each code once. */
    public Result verify(StaffMember member, String typed) {
        String key = "staff:" + LoginId.folded(member.loginId());
        Optional<Instant> locked = lockedUntil(key);
        if (locked.isPresent()) {
            return new Result.Locked(locked.get());
        }
        Instant now = clock.instant();
        Optional<OperatorRepository.TotpState> state = operators.totp(member.operatorId());
        if (state.isPresent()) {
            OptionalLong step = totp.accept(state.get().secret(), typed, now, state.get().lastStep());
            if (step.isPresent() && operators.useTotpStep(member.operatorId(), step.getAsLong())) {
                return signedIn(key, member, now, "authenticator code");
            }
        }
        attempts.record(key, now, SignInAttempts.Outcome.FAILED);
        throttle.failed();
        audit.record(new AuditEntry(now, Optional.empty(), member.actor(), AuditAction.STAFF_SIGN_IN_FAILED,
                "wrong two-factor code"));
        return lockedUntil(key).<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
    }

    private Result signedIn(String key, StaffMember member, Instant now, String detail) {
        attempts.record(key, now, SignInAttempts.Outcome.SUCCEEDED);
        audit.record(new AuditEntry(now, Optional.empty(), member.actor(), AuditAction.STAFF_SIGN_IN_SUCCEEDED, detail));
        return new Result.SignedIn(member);
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
