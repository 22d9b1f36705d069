package com.licensedesk.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A Japanese postal code: 7 digits, stored as {@code 123-4567}; typed with or without the hyphen, in either width. */
public record PostalCode(String value) {
    public static final FieldRule RULE = FieldRule.of(v -> parse(v).isPresent(), "validation.postalCode");
    private static final Pattern SHAPE = Pattern.compile("(\\d{3})[-ー−‐]?(\\d{4})");

    public static Optional<PostalCode> parse(String typed) {
        var matcher = SHAPE.matcher(Text.halfWidth(typed).replace("〒", "").strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PostalCode(matcher.group(1) + "-" + matcher.group(2)));
    }

    /** The typed text in its stored form, or as typed when it is not a postal code. */
    public static String normalise(String typed) {
        return parse(typed).map(PostalCode::value).orElse(Text.trimmed(typed));
    }
}
