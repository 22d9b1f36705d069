package com.licensedesk.session;

import java.util.Objects;
import java.util.Optional;

/**
 * Who did something: a customer for their own account, an operator at the reseller's desk (with the role the desk
 * gave them), or the application itself (a scheduled job, the command line). The audit log records the actor apart
 * from the account it acted on.
 */
public record Actor(Kind kind, String loginId, Optional<Role> role) {
    public enum Kind { CUSTOMER, OPERATOR, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(loginId);
        Objects.requireNonNull(role);
        if ((kind == Kind.OPERATOR) != role.isPresent()) {
            throw new IllegalArgumentException("Only an operator has a role");
        }
    }

    public static Actor customer(String loginId) {
        return new Actor(Kind.CUSTOMER, loginId, Optional.empty());
    }

    public static Actor operator(String loginId, Role role) {
        return new Actor(Kind.OPERATOR, loginId, Optional.of(role));
    }

    /** The application itself, named by what ran: {@code cli}, {@code reminders}. */
    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, name, Optional.empty());
    }

    public boolean isOperator() {
        return kind == Kind.OPERATOR;
    }

    /**
     * True when this actor may do what needs {@code permission}. Anyone may sign in and change their own
     * sign-in; a customer changes only their own
     * account (the services pass it in), an operator as their role allows, the application itself anything.
     */
    public boolean may(Permission permission) {
        if (permission == Permission.SIGN_IN || permission == Permission.OWN_ACCOUNT) {
            return true;
        }
        return switch (kind) {
            case SYSTEM -> true;
            case CUSTOMER -> permission == Permission.CHANGE_CUSTOMERS;
            case OPERATOR -> switch (role.orElseThrow()) {
                case ADMIN -> true;
                case CLERK -> permission == Permission.CHANGE_CUSTOMERS;
                case READ_ONLY -> false;
            };
        };
    }

    /** Refuses with {@link NotPermitted} unless {@link #may} allows. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new NotPermitted(this, permission);
        }
    }
}
