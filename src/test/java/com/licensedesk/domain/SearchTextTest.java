package com.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The directory's folding: every way a clerk types a name meets the others. Random cases print their seed. */
class SearchTextTest {
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
            + "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポャュョッー";

    @Test
    void hiraganaHalfWidthAndFullWidthKatakanaSpacesAndCompanyFormsFoldAlike() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 2_000; round++) {
            String name = randomKatakana(random, 1 + random.nextInt(12));
            String expected = SearchText.fold(name);
            String variant = variant(random, name);
            assertThat(SearchText.fold(variant)).as("seed %d: %s as %s", seed, name, variant).isEqualTo(expected);
        }
    }

    @Test
    void knownCases() {
        assertThat(SearchText.fold("株式会社 サンプル")).isEqualTo(SearchText.fold("ｻﾝﾌﾟﾙ（株）"));
        assertThat(SearchText.fold("さんぷる")).isEqualTo("サンプル");
        assertThat(SearchText.fold("㈱サンプル商事")).isEqualTo("サンプル商事");
        assertThat(SearchText.fold("カブシキガイシャ サンプル")).isEqualTo("サンプル");
        assertThat(SearchText.fold("03-5394-9600")).isEqualTo("0353949600");
        assertThat(SearchText.fold("ＬＤ－７ＫＱ２－m9xp 4rtw-h3cn")).isEqualTo("ld7kq2m9xp4rtwh3cn");
        assertThat(SearchText.fold("Tanaka@Example.co.jp")).isEqualTo("tanaka@examplecojp");
        assertThat(SearchText.terms(" さんぷる　大阪 ")).containsExactly("サンプル", "大阪");
    }

    @Test
    void hugeInputIsCutBeforeFolding() {
        // Only the first characters are read: a company form the limit cuts in two stays, its second half unread.
        String start = "ア".repeat(SearchText.MAX_INPUT - 2);
        String huge = start + "株式会社" + "ß".repeat(200_000);
        String folded = SearchText.fold(huge);
        assertThat(folded).isEqualTo(start + "株式");
        assertThat(folded.length()).isLessThanOrEqualTo(SearchText.MAX_INPUT);
    }

    private static String randomKatakana(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(KATAKANA.charAt(random.nextInt(KATAKANA.length())));
        }
        return text.toString();
    }

    /** The name as someone may type it: hiragana, half-width, spaces, a company form before or after. */
    private static String variant(Random random, String name) {
        StringBuilder typed = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (random.nextInt(3)) {
                case 0 -> typed.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
                case 1 -> typed.append(halfWidth(c));
                default -> typed.append(c);
            }
            if (random.nextInt(6) == 0) {
                typed.append(random.nextBoolean() ? ' ' : '\u3000');
            }
        }
        return switch (random.nextInt(5)) {
            case 0 -> "株式会社" + typed;
            case 1 -> typed + "（株）";
            case 2 -> "㈱ " + typed;
            case 3 -> "かぶしきがいしゃ" + typed;
            default -> typed.toString();
        };
    }

    /** The half-width form of a katakana, found through NFKC's own table. */
    private static String halfWidth(char katakana) {
        for (char half = '\uFF66'; half <= '\uFF9F'; half++) {
            if (Normalizer.normalize(String.valueOf(half), Normalizer.Form.NFKC).equals(String.valueOf(katakana))) {
                return String.valueOf(half);
            }
        }
        for (char half = '\uFF66'; half <= '\uFF9D'; half++) {
            for (char mark : new char[] {'\uFF9E', '\uFF9F'}) {
                String pair = "" + half + mark;
                if (Normalizer.normalize(pair, Normalizer.Form.NFKC).equals(String.valueOf(katakana))) {
                    return pair;
                }
            }
        }
        return String.valueOf(katakana);
    }
}
