package com.licensedesk.domain;

import java.text.Normalizer;

/** Rules and clean-up for plain text fields. */
public final class Text {
    private Text() {
    }

    public static FieldRule maxLength(int max) {
        return FieldRule.of(v -> v.codePointCount(0, v.length()) <= max, "validation.maxLength", max);
    }

    /** No control character (NUL, tab, line break, escape…): no field of a form takes one. */
    public static final FieldRule NO_CONTROL_CHARACTERS = FieldRule.of(Text::hasNoControlCharacter,
            "validation.controlCharacters");

    public static boolean hasNoControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.getType(value.charAt(i)) == Character.CONTROL) {
                return false;
            }
        }
        return true;
    }

    /**
     * No field takes more than this; longer text is refused by its field's length rule, so it is not folded first
     * (folding a pasted book would cost the typing hand a pause).
     */
    public static final int LONGEST_FOLDED = 1_000;

    /** Full-width digits, letters and symbols folded to their half-width forms, surrounding spaces removed. */
    public static String halfWidth(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.length() > LONGEST_FOLDED ? typed : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }

    /** Strips surrounding half- and full-width spaces. */
    public static String trimmed(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
