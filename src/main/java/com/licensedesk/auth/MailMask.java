package com.licensedesk.auth;

/** A mail address as the manual shows it after a reset request: the first characters, stars, the domain. */
public final class MailMask {
    private static final int SHOWN = 3;
    private static final String STARS = "*****";

    private MailMask() {
    }

    /** {@code chiyoda@example.co.jp} is {@code chi*****@example.co.jp}; the stars never tell the length. */
    public static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return STARS;
        }
        String local = address.substring(0, at);
        int shown = Math.min(SHOWN, Math.max(1, local.length() - 1));
        return local.substring(0, Math.min(shown, local.length())) + STARS + address.substring(at);
    }
}
