package com.licensedesk.auth;

import com.licensedesk.domain.FieldRule;
import java.util.Locale;

/**
 * The login ID rule, stated on screen: 4 to 32 half-width letters, digits and {@code _ . - @}, starting with a letter
 * or digit. Login IDs are unique regardless of case.
 */
public final class LoginId {
    public static final int MIN = 4;
    public static final int MAX = 32;
    public static final FieldRule RULE = FieldRule.of(LoginId::isValid, "validation.loginId", MIN, MAX);

    private LoginId() {
    }

    public static boolean isValid(String loginId) {
        return loginId.matches("[A-Za-z0-9][A-Za-z0-9_.@-]{" + (MIN - 1) + "," + (MAX - 1) + "}");
    }

    /** The form two login IDs are compared in; text far longer than a login ID is cut before it is folded. */
    public static String folded(String loginId) {
        String stripped = loginId.strip();
        return (stripped.length() > 2 * MAX ? stripped.substring(0, 2 * MAX) : stripped).toLowerCase(Locale.ROOT);
    }
}
