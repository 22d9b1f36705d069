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
