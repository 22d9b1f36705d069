package com.licensedesk.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The accounts' two-factor secrets, their last used time steps and their recovery codes. */
public interface TwoFactorRepository {
    /** The TOTP secret and the last step a code was accepted for. */
    record Secret(String secret, long lastStep) {
        @Override
        public String toString() {
            return "Secret[hidden]";
        }
    }

    /** The secret, when two-factor sign-in is on. */
    Optional<Secret> secret(long accountId);

    /**
     * Switches two-factor sign-in on with this secret, sealed by {@link SecretBox}, and these recovery code hashes,
     * replacing any before.
     */
    void enable(long accountId, String sealedSecret, long lastStep, List<String> recoveryCodeHashes);

    void disable(long accountId);

    /** Records the step of an accepted code; false when a code of this step or later was already used. */
    boolean useStep(long accountId, long step);

    /** A recovery code not used yet, by its stored (salted) hash. */
    record UnusedCode(long id, String hash) {
    }

    List<UnusedCode> unusedRecoveryCodes(long accountId);

    /** Marks the code used; false when it was used meanwhile (on another desk, say). */
    boolean useRecoveryCode(long codeId, Instant at);
}
