package com.licensedesk.domain;

/** Fields the manual marks (全角): no half-width letters, digits, symbols or half-width katakana. */
public final class FullWidth {
    public static final FieldRule RULE = FieldRule.of(FullWidth::isFullWidth, "validation.fullWidth");

    private FullWidth() {
    }

    public static boolean isFullWidth(String text) {
        return text.codePoints().allMatch(c -> c == ' ' || (c > 0x7E && !(c >= 0xFF61 && c <= 0xFF9F)));
    }
}
