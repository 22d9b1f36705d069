package com.licensedesk.domain;

import java.util.regex.Pattern;

/** A mail address a mail server will take: local part, @, a domain with a dot; no spaces; at most 254 characters. */
public final class MailAddress {
    public static final int MAX = 254;
    public static final FieldRule RULE = FieldRule.of(MailAddress::isValid, "validation.email");
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private MailAddress() {
    }

    public static boolean isValid(String address) {
        return address.length() <= MAX && address.indexOf('@') <= 64 && SHAPE.matcher(address).matches();
    }
}
