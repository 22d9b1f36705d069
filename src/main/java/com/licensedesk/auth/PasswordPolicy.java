package com.licensedesk.auth;

import com.licensedesk.domain.FieldSpec;

import com.licensedesk.domain.FieldRule;
import com.licensedesk.domain.Problem;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import me.gosimple.nbvcxz.Nbvcxz;

/**
 * The manual's password rule, 8 to 25 characters with at least one digit, one upper-case and one lower-case letter,
 * and, as NIST SP 800-63B asks, no password that is common, from a breach list, a dictionary word in disguise
 * ("Password1", "P@ssw0rd1"), a keyboard run or a sequence: nbvcxz's estimate must come to at least a million
 * guesses (zxcvbn's score 2).
 */
public final class PasswordPolicy {
    public static final int MIN = 8;
    public static final int MAX = 25;
    public static final FieldRule RULE = PasswordPolicy::problem;
    /** A new password as typed: never tidied. */
    public static final FieldSpec FIELD = FieldSpec.required("password", typed -> typed, RULE);
    static final double LEAST_GUESSES = 1e6;

    private PasswordPolicy() {
    }

    /**
     * The estimator's dictionaries take 10 MB and a third of a second to load, and only someone choosing a password
     * needs them: they load off the caller's thread when the first key is typed into a new-password field (see
     * {@link #loadSoon()}) or a password is first checked, and an estimate asked for before they are in waits.
     */
    private static final class Estimator {
        static final Nbvcxz INSTANCE = new Nbvcxz();
    }

    private static final AtomicBoolean LOADING = new AtomicBoolean();

    /** Starts loading the estimator's dictionaries on a thread of their own, once; returns at once. */
    public static void loadSoon() {
        if (LOADING.compareAndSet(false, true)) {
            Thread loading = new Thread(() -> Estimator.INSTANCE.getClass(), "password-dictionaries");
            loading.setDaemon(true);
            loading.start();
        }
    }

    public static Optional<Problem> problem(String password) {
        loadSoon();
        if (!password.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            return Optional.of(Problem.of("validation.password.characters"));
        }
        // The reason names what is wrong with this password; the hint beside the field states the whole rule.
        if (password.length() < MIN || password.length() > MAX) {
            return Optional.of(Problem.of("validation.password.length", MIN, MAX, String.valueOf(password.length())));
        }
        if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.of("validation.password.noDigit"));
        }
        if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.of(Problem.of("validation.password.noUpper"));
        }
        if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.of(Problem.of("validation.password.noLower"));
        }
        if (Estimator.INSTANCE.estimate(password).getGuesses().doubleValue() < LEAST_GUESSES) {
            return Optional.of(Problem.of("validation.password.guessable"));
        }
        return Optional.empty();
    }

    /** The confirmation must be the same as the password. */
    public static Optional<Problem> confirmationProblem(String password, String confirmation) {
        return password.equals(confirmation) ? Optional.empty() : Optional.of(Problem.of("validation.password.mismatch"));
    }
}
