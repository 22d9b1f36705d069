package com.licensedesk.change;

import com.licensedesk.session.Permission;

/**
 * One change, as a record of what was asked for: enough to do it again on another database (a kiosk's entry replayed
 * at home), so it holds values, never a password in clear. Each feature defines its commands and their handlers;
 * {@link ChangePipeline} runs them.
 */
public interface Command {

    /** What the actor must be allowed to run it. */
    default Permission permission() {
        return Permission.CHANGE_CUSTOMERS;
    }

    /**
     * Whether the command is kept in the journal: a change to customers' data is; an event that changes none (a
     * sign-in, a refusal, a mail resent) is only audited.
     */
    default boolean journalled() {
        return true;
    }
}
