package com.licensedesk.auth;

import com.licensedesk.domain.FieldRule;
import com.licensedesk.domain.Problem;
import java.util.Optional;

/** The manual's password rule: 8 to 25 characters with at least one digit, one upper-case and one lower-case letter. */
public final class PasswordPolicy {
    public static final int MIN = 8;
    public static final int MAX = 25;
    public static final FieldRule RULE = PasswordPolicy::problem;

    private PasswordPolicy() {
    }

    public static Optional<Problem> problem(String password) {
        if (!password.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            return Optional.of(Problem.of("validation.password.characters"));
        }
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean upper = password.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean lower = password.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        if (password.length() < MIN || password.length() > MAX || !digit || !upper || !lower) {
            return Optional.of(Problem.of("validation.password.policy", MIN, MAX));
        }
        return Optional.empty();
    }

    /** The confirmation must be the same as the password. */
    public static Optional<Problem> confirmationProblem(String password, String confirmation) {
        return password.equals(confirmation) ? Optional.empty() : Optional.of(Problem.of("validation.password.mismatch"));
    }
}
