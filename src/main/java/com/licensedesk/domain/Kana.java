package com.licensedesk.domain;

/** フリガナ: full-width katakana, with the long vowel mark ー and spaces. */
public final class Kana {
    public static final FieldRule RULE = FieldRule.of(Kana::isFullWidthKatakana, "validation.kana");

    private Kana() {
    }

    public static boolean isFullWidthKatakana(String text) {
        if (text.isBlank()) {
            return false;
        }
        return text.codePoints().allMatch(c -> (c >= 'ァ' && c <= 'ヶ') || c == 'ヴ' || c == 'ヷ' || c == 'ヺ'
                || c == 'ー' || c == ' ' || c == '\u3000');
    }
}
