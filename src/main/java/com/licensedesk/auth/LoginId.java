package com.licensedesk.auth;

import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.Text;

import com.licensedesk.domain.FieldRule;
import com.licensedesk.domain.Problem;
import java.util.Locale;
import java.util.Optional;

/**
 * The login ID rule, stated on screen: 4 to 32 half-width letters, digits and {@code _ . - @}, starting with a letter
 * or digit. Login IDs are unique regardless of case.
 */
public final class LoginId {
    public static final int MIN = 4;
    public static final int MAX = 32;
    /** Names what is wrong with this login ID: its length, a character it may not hold, or its first character. */
    public static final FieldRule RULE = LoginId::problem;
    /** The registration form's アカウント名（ログインID）, typed in full or half width. */
    public static final FieldSpec FIELD = FieldSpec.required("loginId", Text::halfWidth, RULE);

    private LoginId() {
    }

    static Optional<Problem> problem(String loginId) {
        if (loginId.length() < MIN || loginId.length() > MAX) {
            return Optional.of(Problem.of("validation.loginId.length", MIN, MAX, String.valueOf(loginId.length())));
        }
        Optional<String> refused = loginId.codePoints().filter(c -> !allowed(c)).mapToObj(Character::toString)
                .findFirst();
        if (refused.isPresent()) {
            return Optional.of(Problem.of("validation.loginId.character", refused.get()));
        }
        if (!Character.isLetterOrDigit(loginId.charAt(0))) {
            return Optional.of(Problem.of("validation.loginId.start"));
        }
        return Optional.empty();
    }

    private static boolean allowed(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.@-".indexOf(c) >= 0;
    }

    public static boolean isValid(String loginId) {
        return problem(loginId).isEmpty();
    }

    /** What records keep in place of typed text that is no login ID (a password typed into the wrong field, say). */
    public static final String NOT_A_LOGIN_ID = "(not a login ID)";

    /**
     * What the audit log and the sign-in attempts keep of a typed login ID: the ID when it has a login ID's shape,
     * else {@link #NOT_A_LOGIN_ID}, so that whatever else was typed there never lands in the database or a backup.
     */
    public static String recorded(String typed) {
        String stripped = typed.strip();
        return stripped.length() <= MAX && isValid(stripped) ? stripped : NOT_A_LOGIN_ID;
    }

    /** The form two login IDs are compared in; text far longer than a login ID is cut before it is folded. */
    public static String folded(String loginId) {
        String stripped = loginId.strip();
        return (stripped.length() > 2 * MAX ? stripped.substring(0, 2 * MAX) : stripped).toLowerCase(Locale.ROOT);
    }
}
