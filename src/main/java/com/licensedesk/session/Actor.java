package com.licensedesk.session;

import java.util.Objects;

/**
 * Who did something: a customer for their own account, an operator at the reseller's desk, or the application
 * itself (a scheduled job, the command line). The audit log records the actor apart from the account it acted on.
 */
public record Actor(Kind kind, String loginId) {
    public enum Kind { CUSTOMER, OPERATOR, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(loginId);
    }

    public static Actor customer(String loginId) {
        return new Actor(Kind.CUSTOMER, loginId);
    }

    public static Actor operator(String loginId) {
        return new Actor(Kind.OPERATOR, loginId);
    }

    /** The application itself, named by what ran: {@code cli}, {@code reminders}. */
    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, name);
    }

    public boolean isOperator() {
        return kind == Kind.OPERATOR;
    }
}
