package com.licensedesk.operators;

import com.licensedesk.session.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The desk's operators. */
public interface OperatorRepository {

    /** An operator with what sign-in checks: the password's hash. */
    record Stored(Operator operator, String passwordHash) {
        @Override
        public String toString() {
            return "Stored[" + operator + "]";
        }
    }

    long count();

    long activeAdmins();

    /** By login ID, compared regardless of case; active or not. */
    Optional<Stored> find(String loginId);

    List<Operator> all();

    /** Refuses a login ID already taken with {@link LoginIdTaken}. */
    Operator create(String loginId, String name, Role role, String passwordHash, Instant at);

    void deactivate(long operatorId);

    void changePassword(long operatorId, String passwordHash, Instant at);

    /** The operator's TOTP secret and the last step used, while two-factor sign-in is on. */
    record TotpState(String secret, long lastStep) {
        @Override
        public String toString() {
            return "TotpState[lastStep=" + lastStep + "]";
        }
    }

    Optional<TotpState> totp(long operatorId);

    /** Switches two-factor sign-in on with {@code secret}, or off with empty. */
    void setTotp(long operatorId, Optional<String> secret);

    /** Records that a code of {@code step} was used; false when that step (or a later one) was used already. */
    boolean useTotpStep(long operatorId, long step);

    /** A login ID that is already an operator's. */
    final class LoginIdTaken extends RuntimeException {
        public LoginIdTaken(String loginId) {
            super("Operator login ID already taken: " + loginId);
        }
    }
}
