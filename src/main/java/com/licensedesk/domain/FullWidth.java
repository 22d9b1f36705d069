package com.licensedesk.domain;

/**
 * Fields the manual marks (全角): no half-width letters, digits, symbols or half-width katakana on a Japanese screen;
 * an English screen keeps Latin text as typed ("John Smith"), and widens only half-width katakana.
 */
public final class FullWidth {
    /** What is stored: full width, or Latin as an English screen keeps it; never half-width katakana. */
    public static final FieldRule RULE = FieldRule.of(FullWidth::isFullWidthOrLatin, "validation.fullWidth");

    private FullWidth() {
    }

    /**
     * What a clerk types into a (全角) field, as the rule wants it: half-width letters, digits and symbols and
     * half-width katakana become their full-width forms (「IT部」 becomes 「ＩＴ部」); spaces stay as typed.
     */
    public static String toFullWidth(String typed) {
        String text = Text.trimmed(typed);
        if (text.length() > Text.LONGEST_FOLDED) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        HalfWidthKana.widened(text).codePoints()
                .forEach(c -> out.appendCodePoint(c > ' ' && c <= 0x7E ? c + 0xFEE0 : c));
        return out.toString();
    }

    /** What an English screen keeps of a (全角) field: Latin letters, digits and symbols as typed; ｶﾅ widened. */
    public static String keepingLatin(String typed) {
        String text = Text.trimmed(typed);
        return text.length() > Text.LONGEST_FOLDED ? text : HalfWidthKana.widened(text);
    }

    static boolean isFullWidthOrLatin(String text) {
        return text.codePoints().allMatch(c -> (c >= ' ' && c <= 0x7E) || (c > 0x7E && !isHalfWidthKana(c)));
    }

    private static boolean isHalfWidthKana(int c) {
        return c >= 0xFF61 && c <= 0xFF9F;
    }
}
