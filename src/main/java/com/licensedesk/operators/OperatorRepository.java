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

    /** A login ID that is already an operator's. */
    final class LoginIdTaken extends RuntimeException {
        public LoginIdTaken(String loginId) {
            super("Operator login ID already taken: " + loginId);
        }
    }
}
