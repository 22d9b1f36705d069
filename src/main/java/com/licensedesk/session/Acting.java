package com.licensedesk.session;

/**
 * A customer account being worked on, and by whom: the customer themselves, or an operator acting for them.
 * {@code loginId} is the account's login ID; the actor's may differ.
 */
public record Acting(long accountId, String loginId, Actor actor) {

    /** The customer signed in to their own account. */
    public static Acting self(long accountId, String loginId) {
        return new Acting(accountId, loginId, Actor.customer(loginId));
    }

    /** True when an operator works on the account at the desk rather than the customer. */
    public boolean atDesk() {
        return actor.isOperator();
    }
}
