package com.licensedesk.domain;

import java.text.Normalizer;

/** Half-width katakana (ｶﾞｷﾞ), the width a phone keyboard or an old system gives, in full width (ガギ). */
final class HalfWidthKana {
    private HalfWidthKana() {
    }

    /** Each run of half-width katakana, with its voiced marks, composed into full-width katakana; the rest as is. */
    static String widened(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isHalfWidthKana(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                // NFKC only on the run: on the whole text it would also fold full-width letters to half width.
                out.append(Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFKC));
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHalfWidthKana(char c) {
        return c >= '\uFF61' && c <= '\uFF9F';
    }
}
