package com.licensedesk.operators;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.auth.Lockout;
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
    }

    private final OperatorRepository operators;
    private final SignInAttempts attempts;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private String unknownHash;

    public StaffSignInService(OperatorRepository operators, SignInAttempts attempts, AuditLog audit,
                              PasswordHasher hasher, Clock clock) {
        this.operators = operators;
        this.attempts = attempts;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Result signIn(String typedLoginId, String password) {
        String loginId = typedLoginId.strip();
        if (loginId.length() > LoginId.MAX) {
            loginId = loginId.substring(0, LoginId.MAX);
        }
        String key = "staff:" + LoginId.folded(loginId);
        Optional<Instant> locked = lockedUntil(key);
        if (locked.isPresent()) {
            return new Result.Locked(locked.get());
        }
        Optional<OperatorRepository.Stored> found = operators.find(loginId);
        boolean matches = hasher.matches(password,
                found.map(OperatorRepository.Stored::passwordHash).orElseGet(this::unknownHash))
                && found.isPresent() && found.get().operator().active();
        Instant now = clock.instant();
        if (matches) {
            Operator operator = found.get().operator();
            attempts.record(key, now, SignInAttempts.Outcome.SUCCEEDED);
            StaffMember member = new StaffMember(operator.id(), operator.loginId(), operator.name(), operator.role());
            audit.record(new AuditEntry(now, Optional.empty(), member.actor(), "STAFF_SIGN_IN_SUCCEEDED", ""));
            return new Result.SignedIn(member);
        }
        attempts.record(key, now, SignInAttempts.Outcome.FAILED);
        Actor who = found.map(stored -> Actor.operator(stored.operator().loginId(), stored.operator().role()))
                .orElse(Actor.system("staff-sign-in"));
        audit.record(new AuditEntry(now, Optional.empty(), who, "STAFF_SIGN_IN_FAILED",
                found.isPresent() ? "" : "unknown login ID"));
        Optional<Instant> nowLocked = lockedUntil(key);
        return nowLocked.<Result>map(Result.Locked::new).orElseGet(Result.Refused::new);
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
