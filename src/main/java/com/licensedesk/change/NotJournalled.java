package com.licensedesk.change;

/**
 * A command that is audited and never journalled, so never carried to or from a kiosk: an event that changes no
 * customer's data, or a change whose data only this database can read (a sealed secret, a code only its hash).
 */
public interface NotJournalled extends Command {
    @Override
    default boolean journalled() {
        return false;
    }
}
