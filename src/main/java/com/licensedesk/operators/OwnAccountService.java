package com.licensedesk.operators;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.operators.OperatorCommands.ChangeOwnPassword;
import com.licensedesk.operators.OperatorCommands.DisableOwnTwoFactor;
import com.licensedesk.operators.OperatorCommands.EnableOwnTwoFactor;
import com.licensedesk.operators.OperatorCommands.OwnChangeRefused;
import com.licensedesk.session.StaffMember;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An operator's own account: a new password (the current one first) and two-factor sign-in on (a secret offered, on
 * once the app's current code proves it has it) and off (password and a current code), as a customer's
 * パスワードの変更 and 2要素認証 do. A wrong password or code counts toward the staff lockout like a failed staff
 * sign-in. Every change is audited. Slow where it hashes: call off the FX thread.
 */
public final class OwnAccountService {
    /** What a change that asks for the password came to. */
    public sealed interface Answer {
        record Done() implements Answer {
        }

        record Refused() implements Answer {
        }

        record Locked(Instant until) implements Answer {
        }
    }

    private final OperatorRepository operators;
    private final SignInAttempts attempts;
    private final ChangePipeline pipeline;
    private final PasswordHasher hasher;
    private final Totp totp;
    private final Clock clock;
    private final SecureRandom random;
    private final String issuer;

    /** {@code issuer} names the desk in the operator's authenticator app, as {@code operator totp} does. */
    public OwnAccountService(OperatorRepository operators, SignInAttempts attempts, ChangePipeline pipeline,
                             PasswordHasher hasher, Totp totp, Clock clock, SecureRandom random, String issuer) {
        this.operators = operators;
        this.attempts = attempts;
        this.pipeline = pipeline;
        this.hasher = hasher;
        this.totp = totp;
        this.clock = clock;
        this.random = random;
        this.issuer = issuer;
    }

    /** {@code newPassword} has passed the password policy already. */
    public Answer changePassword(StaffMember member, String currentPassword, String newPassword) {
        Optional<Answer> refused = refusal(member, currentPassword, "wrong current password");
        if (refused.isPresent()) {
            return refused.get();
        }
        String hash = hasher.hash(newPassword);
        return pipeline.run(member.actor(), new ChangeOwnPassword(member.loginId(), hash), this::changePassword);
    }

    Outcome<Answer> changePassword(ChangeOwnPassword command, ChangeContext context) {
        Operator operator = own(command.loginId());
        operators.changePassword(operator.id(), command.passwordHash(), context.now());
        return changed(operator, AuditAction.OPERATOR_PASSWORD_CHANGED, "by themselves");
    }

    public boolean twoFactorOn(StaffMember member) {
        return operators.totp(member.operatorId()).isPresent();
    }

    /** A new secret for the operator's app; nothing changes until {@link #enableTwoFactor}. */
    public TwoFactorService.Offer offer(StaffMember member) {
        String secret = Totp.newSecret(random);
        return new TwoFactorService.Offer(secret, Totp.uri(issuer, member.loginId(), secret));
    }

    /** Switches two-factor sign-in on when {@code typedCode} is the app's current code; false when it is not. */
    public boolean enableTwoFactor(StaffMember member, TwoFactorService.Offer offer, String typedCode) {
        OptionalLong step = totp.accept(offer.secret(), typedCode, clock.instant(), 0);
        if (step.isEmpty()) {
            return false;
        }
        pipeline.run(member.actor(), new EnableOwnTwoFactor(member.loginId(), offer.secret(), step.getAsLong()),
                this::enableTwoFactor);
        return true;
    }

    Outcome<Answer> enableTwoFactor(EnableOwnTwoFactor command, ChangeContext context) {
        Operator operator = own(command.loginId());
        operators.setTotp(operator.id(), Optional.of(command.secret()));
        // The code that proved the app is used: it does not sign in a second time.
        operators.useTotpStep(operator.id(), command.step());
        return changed(operator, AuditAction.OPERATOR_TOTP_ON, "by themselves");
    }

    /** Switches two-factor sign-in off with the password and a current code. */
    public Answer disableTwoFactor(StaffMember member, String password, String typedCode) {
        Optional<Answer> refused = refusal(member, password, "wrong password");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OperatorRepository.TotpState> state = operators.totp(member.operatorId());
        OptionalLong step = state.map(s -> totp.accept(s.secret(), typedCode, clock.instant(), s.lastStep()))
                .orElse(OptionalLong.empty());
        if (step.isEmpty() || !operators.useTotpStep(member.operatorId(), step.getAsLong())) {
            return failed(member, "wrong two-factor code");
        }
        return pipeline.run(member.actor(), new DisableOwnTwoFactor(member.loginId()), this::disableTwoFactor);
    }

    Outcome<Answer> disableTwoFactor(DisableOwnTwoFactor command, ChangeContext context) {
        Operator operator = own(command.loginId());
        operators.setTotp(operator.id(), Optional.empty());
        return changed(operator, AuditAction.OPERATOR_TOTP_OFF, "by themselves");
    }

    Outcome<Answer> refused(OwnChangeRefused command, ChangeContext context) {
        attempts.record(StaffSignInService.attemptKey(command.loginId()), context.now(),
                SignInAttempts.Outcome.FAILED);
        return Outcome.<Answer>event(new Answer.Refused(), Optional.empty(), AuditAction.OPERATOR_OWN_CHANGE_REFUSED,
                command.detail());
    }

    /** Empty when the operator is not locked out and {@code password} is theirs; else why not. */
    private Optional<Answer> refusal(StaffMember member, String password, String detail) {
        Optional<Instant> locked = lockedUntil(member);
        if (locked.isPresent()) {
            return Optional.of(new Answer.Locked(locked.get()));
        }
        boolean right = operators.find(member.loginId())
                .map(stored -> hasher.matches(password, stored.passwordHash())).orElse(false);
        return right ? Optional.empty() : Optional.of(failed(member, detail));
    }

    private Answer failed(StaffMember member, String detail) {
        pipeline.run(member.actor(), new OwnChangeRefused(member.loginId(), detail), this::refused);
        return lockedUntil(member).<Answer>map(Answer.Locked::new).orElseGet(Answer.Refused::new);
    }

    private Optional<Instant> lockedUntil(StaffMember member) {
        Instant now = clock.instant();
        return Lockout.lockedUntil(attempts.recentFailures(StaffSignInService.attemptKey(member.loginId()),
                now.minus(Lockout.LOOK_BACK)), now);
    }

    /** The operator the command is for, still active: a deactivated one changes nothing. */
    private Operator own(String loginId) {
        return operators.find(loginId).map(OperatorRepository.Stored::operator).filter(Operator::active)
                .orElseThrow(() -> new OperatorService.Refused(OperatorService.Refusal.NOT_FOUND));
    }

    private static Outcome<Answer> changed(Operator operator, AuditAction action, String detail) {
        return Outcome.<Answer>changed(new Answer.Done()).audited(Optional.empty(), action,
                "operator=" + operator.loginId() + "; " + detail);
    }
}
