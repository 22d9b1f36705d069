package com.licensedesk.domain;

import java.text.Normalizer;

/** Rules and clean-up for plain text fields. */
public final class Text {
    private Text() {
    }

    public static FieldRule maxLength(int max) {
        return FieldRule.of(v -> v.codePointCount(0, v.length()) <= max, "validation.maxLength", max);
    }

    /** Full-width digits, letters and symbols folded to their half-width forms, surrounding spaces removed. */
    public static String halfWidth(String typed) {
        return Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC).strip();
    }

    /** Strips surrounding half- and full-width spaces. */
    public static String trimmed(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
