package com.licensedesk.domain;

/** フリガナ: full-width katakana, with the long vowel mark ー and spaces. */
public final class Kana {
    public static final FieldRule RULE = FieldRule.of(Kana::isFullWidthKatakana, "validation.kana");

    private Kana() {
    }

    /**
     * What a clerk types into a フリガナ field, as the rule wants it: hiragana and half-width katakana (with their
     * voiced marks) become full-width katakana; anything else stays, for the rule to judge.
     */
    public static String toFullWidthKatakana(String typed) {
        String text = Text.trimmed(typed);
        if (text.length() > Text.LONGEST_FOLDED) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 'ぁ' && c <= 'ゖ' || c == 'ゝ' || c == 'ゞ' ? c + 0x60 : c));
        return HalfWidthKana.widened(out.toString());
    }

    public static boolean isFullWidthKatakana(String text) {
        if (text.isBlank()) {
            return false;
        }
        return text.codePoints().allMatch(c -> (c >= 'ァ' && c <= 'ヶ') || c == 'ヴ' || c == 'ヷ' || c == 'ヺ'
                || c == 'ー' || c == ' ' || c == '\u3000');
    }
}
