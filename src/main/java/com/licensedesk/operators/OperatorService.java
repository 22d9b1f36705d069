package com.licensedesk.operators;

import com.licensedesk.audit.AuditAction;

import java.security.SecureRandom;
import com.licensedesk.auth.Totp;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.change.Transactor;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import com.licensedesk.session.Role;
import java.time.Clock;
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

    private final Transactor transactor;
    private final OperatorRepository operators;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String issuer;

    /** {@code issuer} names the desk in the operator's authenticator app. */
    public OperatorService(Transactor transactor, OperatorRepository operators, AuditLog audit, PasswordHasher hasher,
                           String issuer, Clock clock) {
        this.issuer = issuer;
        this.transactor = transactor;
        this.operators = operators;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** True while the database has no operator: the staff sign-in offers 最初の管理者を作成 instead. */
    public boolean needsFirstAdmin() {
        return operators.count() == 0;
    }

    /** 最初の管理者を作成: only while there is no operator at all, so that nobody can make themselves admin later. */
    public Operator createFirstAdmin(String loginId, String name, String password) {
        String hash = hasher.hash(password);
        return transactor.inTransaction(() -> {
            if (operators.count() > 0) {
                throw new Refused(Refusal.ALREADY_SET_UP);
            }
            Operator created = create(loginId, name, Role.ADMIN, hash);
            record(Actor.operator(created.loginId(), Role.ADMIN), AuditAction.OPERATOR_ADDED, created, "first admin");
            return created;
        });
    }

    public Operator add(Actor actor, String loginId, String name, Role role, String password) {
        actor.require(Permission.MANAGE_DESK);
        String hash = hasher.hash(password);
        return transactor.inTransaction(() -> {
            Operator created = create(loginId, name, role, hash);
            record(actor, AuditAction.OPERATOR_ADDED, created, "role=" + role);
            return created;
        });
    }

    public List<Operator> all() {
        return operators.all();
    }

    /** Deactivated, never deleted: the audit log keeps naming them. The last active admin stays. */
    public void deactivate(Actor actor, String loginId) {
        actor.require(Permission.MANAGE_DESK);
        transactor.inTransaction(() -> {
            Operator operator = existing(loginId);
            if (actor.isOperator() && LoginId.folded(actor.loginId()).equals(LoginId.folded(operator.loginId()))) {
                throw new Refused(Refusal.SELF);
            }
            if (operator.role() == Role.ADMIN && operator.active() && operators.activeAdmins() <= 1) {
                throw new Refused(Refusal.LAST_ADMIN);
            }
            operators.deactivate(operator.id());
            record(actor, AuditAction.OPERATOR_DEACTIVATED, operator, "");
        });
    }

    /** A new password set by an admin (the operator forgot theirs) or by the IT person on the command line. */
    public void resetPassword(Actor actor, String loginId, String password) {
        actor.require(Permission.MANAGE_DESK);
        String hash = hasher.hash(password);
        transactor.inTransaction(() -> {
            Operator operator = existing(loginId);
            operators.changePassword(operator.id(), hash, clock.instant());
            record(actor, AuditAction.OPERATOR_PASSWORD_RESET, operator, "");
        });
    }

    /**
     * Switches two-factor sign-in on for an operator: the secret and the otpauth URI for their authenticator app,
     * shown to the IT person once. A new secret replaces an old one.
     */
    public TotpOffer enableTotp(Actor actor, String loginId) {
        actor.require(Permission.MANAGE_DESK);
        String secret = Totp.newSecret(random);
        return transactor.inTransaction(() -> {
            Operator operator = existing(loginId);
            operators.setTotp(operator.id(), Optional.of(secret));
            record(actor, AuditAction.OPERATOR_TOTP_ON, operator, "");
            return new TotpOffer(secret, Totp.uri(issuer, operator.loginId(), secret));
        });
    }

    public void disableTotp(Actor actor, String loginId) {
        actor.require(Permission.MANAGE_DESK);
        transactor.inTransaction(() -> {
            Operator operator = existing(loginId);
            operators.setTotp(operator.id(), Optional.empty());
            record(actor, AuditAction.OPERATOR_TOTP_OFF, operator, "");
        });
    }

    /** An operator's new TOTP secret, as text and as the URI a QR code carries. */
    public record TotpOffer(String secret, String uri) {
        @Override
        public String toString() {
            return "TotpOffer[]";
        }
    }

    private Operator create(String loginId, String name, Role role, String hash) {
        try {
            return operators.create(loginId.strip(), name.strip(), role, hash, clock.instant());
        } catch (OperatorRepository.LoginIdTaken taken) {
            throw new Refused(Refusal.LOGIN_ID_TAKEN);
        }
    }

    private Operator existing(String loginId) {
        return operators.find(loginId).map(OperatorRepository.Stored::operator)
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
    }

    private void record(Actor actor, AuditAction action, Operator operator, String detail) {
        audit.record(new AuditEntry(clock.instant(), Optional.empty(), actor, action,
                "operator=" + operator.loginId() + (detail.isEmpty() ? "" : "; " + detail)));
    }
}
