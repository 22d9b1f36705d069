package com.licensedesk.registration;

/** Why a registration could not be made; nothing was written. */
public final class RegistrationRefused extends RuntimeException {
    /**
     * The reasons the database, not the form, can give. The key's two are the registration's words for what
     * {@link com.licensedesk.licences.KeyAvailability} refused.
     */
    public enum Reason {
        KEY_NOT_IN_CATALOG, KEY_ALREADY_REGISTERED, LOGIN_ID_TAKEN,
        /** This desk was told "taken" too often lately: login IDs are not to be found out by trying. */
        TOO_MANY_TAKEN_LOGIN_IDS
    }

    private final Reason reason;

    public RegistrationRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
