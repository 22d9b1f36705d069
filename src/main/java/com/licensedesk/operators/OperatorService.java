package com.licensedesk.operators;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.Totp;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.operators.OperatorCommands.AddOperator;
import com.licensedesk.operators.OperatorCommands.CreateFirstAdmin;
import com.licensedesk.operators.OperatorCommands.DeactivateOperator;
import com.licensedesk.operators.OperatorCommands.DisableOperatorTwoFactor;
import com.licensedesk.operators.OperatorCommands.EnableOperatorTwoFactor;
import com.licensedesk.operators.OperatorCommands.ResetOperatorPassword;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.setup.SetupCode;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The desk's staff: the first admin on a new database, then operators added, deactivated and given a new password
 * by an admin (or by the command line). Every change is audited. Slow where it hashes: call off the FX thread.
 */
public final class OperatorService {
    /** Why a change to the staff was refused; each has its message. */
    public enum Refusal {
        LOGIN_ID_TAKEN("operators.error.loginIdTaken"),
        NOT_FOUND("operators.error.notFound"),
        ALREADY_SET_UP("operators.error.alreadySetUp"),
        WRONG_SETUP_CODE("setup.code.wrong"),
        LAST_ADMIN("operators.error.lastAdmin"),
        SELF("operators.error.self");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The change was refused for a reason the person can act on. */
    public static final class Refused extends RuntimeException {
        private final Refusal reason;

        public Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private final OperatorRepository operators;
    private final ChangePipeline pipeline;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();
    private final String issuer;
    private final SetupCode setup;

    /**
     * {@code issuer} names the desk in the operator's authenticator app; {@code setup} is the code that
     * 最初の管理者を作成 asks for.
     */
    public OperatorService(OperatorRepository operators, ChangePipeline pipeline, PasswordHasher hasher,
                           String issuer, SetupCode setup) {
        this.issuer = issuer;
        this.setup = setup;
        this.operators = operators;
        this.pipeline = pipeline;
        this.hasher = hasher;
    }

    /** True while the database has no operator: the staff sign-in offers 最初の管理者を作成 instead. */
    public boolean needsFirstAdmin() {
        return operators.count() == 0;
    }

    /**
     * 最初の管理者を作成: only while there is no operator at all, so that nobody can make themselves admin later, and
     * only with the installation's set-up code, so that not anyone at a new desk can. The code is used up by it.
     */
    public Operator createFirstAdmin(String setupCode, String loginId, String name, String password) {
        String hash = hasher.hash(password);
        return setup.redeem(setupCode, () -> pipeline.run(Actor.operator(loginId.strip(), Role.ADMIN),
                        new CreateFirstAdmin(loginId, name, hash), this::createFirstAdmin))
                .orElseThrow(() -> new Refused(Refusal.WRONG_SETUP_CODE));
    }

    Outcome<Operator> createFirstAdmin(CreateFirstAdmin command, ChangeContext context) {
        if (operators.count() > 0) {
            throw new Refused(Refusal.ALREADY_SET_UP);
        }
        Operator created = create(command.loginId(), command.name(), Role.ADMIN, command.passwordHash(), context);
        return changed(created, AuditAction.OPERATOR_ADDED, created, "first admin");
    }

    public Operator add(Actor actor, String loginId, String name, Role role, String password) {
        String hash = hasher.hash(password);
        return pipeline.run(actor, new AddOperator(loginId, name, role, hash), this::add);
    }

    Outcome<Operator> add(AddOperator command, ChangeContext context) {
        Operator created = create(command.loginId(), command.name(), command.role(), command.passwordHash(), context);
        return changed(created, AuditAction.OPERATOR_ADDED, created, "role=" + command.role());
    }

    public List<Operator> all() {
        return operators.all();
    }

    /** Deactivated, never deleted: the audit log keeps naming them. The last active admin stays. */
    public void deactivate(Actor actor, String loginId) {
        pipeline.run(actor, new DeactivateOperator(loginId), this::deactivate);
    }

    Outcome<Operator> deactivate(DeactivateOperator command, ChangeContext context) {
        Operator operator = existing(command.loginId());
        Actor actor = context.actor();
        if (actor.isOperator() && LoginId.folded(actor.loginId()).equals(LoginId.folded(operator.loginId()))) {
            throw new Refused(Refusal.SELF);
        }
        if (operator.role() == Role.ADMIN && operator.active() && operators.activeAdmins() <= 1) {
            throw new Refused(Refusal.LAST_ADMIN);
        }
        operators.deactivate(operator.id());
        return changed(operator, AuditAction.OPERATOR_DEACTIVATED, operator, "");
    }

    /** A new password set by an admin (the operator forgot theirs) or by the IT person on the command line. */
    public void resetPassword(Actor actor, String loginId, String password) {
        String hash = hasher.hash(password);
        pipeline.run(actor, new ResetOperatorPassword(loginId, hash), this::resetPassword);
    }

    Outcome<Operator> resetPassword(ResetOperatorPassword command, ChangeContext context) {
        Operator operator = existing(command.loginId());
        operators.changePassword(operator.id(), command.passwordHash(), context.now());
        return changed(operator, AuditAction.OPERATOR_PASSWORD_RESET, operator, "");
    }

    /**
     * Switches two-factor sign-in on for an operator: the secret and the otpauth URI for their authenticator app,
     * shown to the IT person once. A new secret replaces an old one.
     */
    public TotpOffer enableTotp(Actor actor, String loginId) {
        return pipeline.run(actor, new EnableOperatorTwoFactor(loginId), this::enableTotp);
    }

    Outcome<TotpOffer> enableTotp(EnableOperatorTwoFactor command, ChangeContext context) {
        Operator operator = existing(command.loginId());
        String secret = Totp.newSecret(random);
        operators.setTotp(operator.id(), Optional.of(secret));
        return changed(new TotpOffer(secret, Totp.uri(issuer, operator.loginId(), secret)),
                AuditAction.OPERATOR_TOTP_ON, operator, "");
    }

    public void disableTotp(Actor actor, String loginId) {
        pipeline.run(actor, new DisableOperatorTwoFactor(loginId), this::disableTotp);
    }

    Outcome<Operator> disableTotp(DisableOperatorTwoFactor command, ChangeContext context) {
        Operator operator = existing(command.loginId());
        operators.setTotp(operator.id(), Optional.empty());
        return changed(operator, AuditAction.OPERATOR_TOTP_OFF, operator, "");
    }

    /** An operator's new TOTP secret, as text and as the URI a QR code carries. */
    public record TotpOffer(String secret, String uri) {
        @Override
        public String toString() {
            return "TotpOffer[]";
        }
    }

    private Operator create(String loginId, String name, Role role, String hash, ChangeContext context) {
        try {
            return operators.create(loginId.strip(), name.strip(), role, hash, context.now());
        } catch (OperatorRepository.LoginIdTaken taken) {
            throw new Refused(Refusal.LOGIN_ID_TAKEN);
        }
    }

    private Operator existing(String loginId) {
        return operators.find(loginId).map(OperatorRepository.Stored::operator)
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
    }

    /** The staff's changes are audited by the operator's login ID; they concern no customer's account. */
    private static <R> Outcome<R> changed(R result, AuditAction action, Operator operator, String detail) {
        return Outcome.changed(result).audited(Optional.empty(), action,
                "operator=" + operator.loginId() + (detail.isEmpty() ? "" : "; " + detail));
    }
}
