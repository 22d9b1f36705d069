package com.licensedesk.session;

/** A desk operator signed in to this window. */
public record StaffMember(long operatorId, String loginId, String name, Role role) {

    public Actor actor() {
        return Actor.operator(loginId, role);
    }

    /** Acting for a customer: the customer's account, with this operator as the actor. */
    public Acting actingFor(long accountId, String customerLoginId) {
        return new Acting(accountId, customerLoginId, actor());
    }
}
