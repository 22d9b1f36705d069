package com.licensedesk.sync;

import java.util.Optional;

/** Why a bundle was refused whole, with what the reader needs to say what to do. Nothing of it was applied. */
public record BundleRefused(Reason reason, Optional<String> kiosk, Optional<String> detail) {

    public enum Reason {
        /** Not a License Desk sync file at all. */
        NOT_A_BUNDLE,
        /** A reply or an enrolment file given where a bundle was expected. */
        NOT_A_BUNDLE_BUT_ANOTHER_FILE,
        /** Written by a newer License Desk: this one leaves it for an update. */
        NEWER_FORMAT,
        /** Signed by no kiosk enrolled here. */
        UNKNOWN_KIOSK,
        /** The kiosk was revoked; {@code detail} is the reason given then. */
        REVOKED,
        /** Cut short: copied before it was written whole, or the folder ran out of room. */
        TRUNCATED,
        /** Changed after the kiosk signed it. */
        ALTERED,
        /** Sealed for another home. */
        NOT_FOR_THIS_HOME,
        /** This place is a kiosk: bundles are read at home. */
        NOT_HOME
    }
}
