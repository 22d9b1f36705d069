package com.licensedesk.session;

/** The actor's role does not allow the change; nothing was written. */
public final class NotPermitted extends RuntimeException {
    public NotPermitted(Actor actor, Permission permission) {
        super(actor.kind() + " " + actor.loginId() + " may not " + permission);
    }
}
