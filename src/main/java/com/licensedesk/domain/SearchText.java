package com.licensedesk.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text folded so that the ways a clerk may type it meet: full- and half-width forms, hiragana and katakana, upper and
 * lower case all become one; spaces, hyphens and other punctuation go; and so do the company forms 株式会社, (株) and
 * 有限会社 with their readings, which customers write in front of the name or behind it, or leave out.
 */
public final class SearchText {
    /** Longer input is cut before folding, so that no query costs more than a bounded amount of work. */
    public static final int MAX_INPUT = 200;
    private static final List<String> COMPANY_FORMS = List.of("株式会社", "(株)", "カブシキガイシャ", "カブシキカイシャ",
            "有限会社", "(有)", "ユウゲンガイシャ", "ユウゲンカイシャ", "合同会社", "ゴウドウガイシャ");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String cut = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        // NFKC: full-width letters and digits to ASCII, half-width katakana to full-width, ㈱ to (株).
        String width = Normalizer.normalize(cut, Normalizer.Form.NFKC);
        StringBuilder katakana = new StringBuilder(width.length());
        width.codePoints().forEach(c -> katakana.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        String withoutForms = katakana.toString();
        for (String form : COMPANY_FORMS) {
            withoutForms = withoutForms.replace(form, "");
        }
        StringBuilder folded = new StringBuilder(withoutForms.length());
        withoutForms.toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || c == '@' || c == 'ー')
                .forEach(folded::appendCodePoint);
        return folded.toString();
    }

    /** The search terms of what was typed: separated by spaces, each folded; empty ones dropped. */
    public static List<String> terms(String typed) {
        if (typed == null) {
            return List.of();
        }
        String cut = typed.length() > MAX_INPUT ? typed.substring(0, MAX_INPUT) : typed;
        return Arrays.stream(cut.split("[\\s\\u3000]+")).map(SearchText::fold).filter(t -> !t.isEmpty()).toList();
    }
}
