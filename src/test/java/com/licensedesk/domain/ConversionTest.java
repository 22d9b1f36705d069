package com.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.RandomText;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Input that converts instead of refusing: フリガナ in any kana width or script, (全角) fields from half width. */
class ConversionTest {
    /** Full-width katakana and their half-width spellings (one or two characters, with ﾞ or ﾟ). */
    private static final Map<String, String> HALF_WIDTH = halfWidthSpellings();

    @Test
    void hiraganaAndHalfWidthKatakanaBecomeFullWidthKatakana() {
        assertThat(Kana.toFullWidthKatakana("さんぷるかぶしきがいしゃ")).isEqualTo("サンプルカブシキガイシャ");
        assertThat(Kana.toFullWidthKatakana("ｻﾝﾌﾟﾙｶﾌﾞｼｷｶﾞｲｼｬ")).isEqualTo("サンプルカブシキガイシャ");
        assertThat(Kana.toFullWidthKatakana(" たなか ｲﾁﾛｳ ")).isEqualTo("タナカ イチロウ");
        assertThat(Kana.toFullWidthKatakana("ゔぁいおりん")).isEqualTo("ヴァイオリン");
        assertThat(Kana.RULE.check(Kana.toFullWidthKatakana("ほしぞらｺｳｷﾞｮｳ"))).isEmpty();
        assertThat(Kana.toFullWidthKatakana("ABC")).as("not kana: left for the rule").isEqualTo("ABC");
    }

    @Test
    void halfWidthLettersDigitsAndKatakanaBecomeFullWidthInFullWidthFields() {
        assertThat(FullWidth.toFullWidth("IT部")).isEqualTo("ＩＴ部");
        assertThat(FullWidth.toFullWidth("第2営業部 ｼｽﾃﾑ課")).isEqualTo("第２営業部 システム課");
        assertThat(FullWidth.toFullWidth("田中 一郎")).as("a space stays as typed").isEqualTo("田中 一郎");
        assertThat(FullWidth.RULE.check(FullWidth.toFullWidth("IT部 (東京)"))).isEmpty();
        assertThat(FullWidth.keepingLatin(" John Smith ")).as("an English screen's name").isEqualTo("John Smith");
        assertThat(FullWidth.keepingLatin("IT ｼｽﾃﾑ課")).isEqualTo("IT システム課");
        assertThat(FullWidth.RULE.check("John Smith")).isEmpty();
        assertThat(FullWidth.RULE.check("ｼｽﾃﾑ")).isPresent();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyMixOfHiraganaHalfAndFullWidthKatakanaGivesTheSameFullWidthKatakana(long seed) {
        Random random = new Random(seed);
        List<String> kana = List.copyOf(HALF_WIDTH.keySet());
        StringBuilder full = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        for (int i = 0, length = 1 + random.nextInt(12); i < length; i++) {
            String one = kana.get(random.nextInt(kana.size()));
            full.append(one);
            int form = random.nextInt(3);
            boolean hasHiragana = one.codePointAt(0) >= 'ァ' && one.codePointAt(0) <= 'ヶ';
            typed.append(form == 0 ? one : form == 1 || !hasHiragana ? HALF_WIDTH.get(one)
                    : new String(Character.toChars(one.codePointAt(0) - 0x60)));
        }
        assertThat(Kana.toFullWidthKatakana(typed.toString())).as(typed.toString()).isEqualTo(full.toString());
        assertThat(Kana.RULE.check(full.toString())).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theConversionsTakeAnyTextAndConvertingTwiceChangesNothing(long seed) {
        String text = RandomText.of(seed);
        assertThat(Kana.toFullWidthKatakana(Kana.toFullWidthKatakana(text))).isEqualTo(Kana.toFullWidthKatakana(text));
        assertThat(FullWidth.toFullWidth(FullWidth.toFullWidth(text))).isEqualTo(FullWidth.toFullWidth(text));
    }

    static Stream<Arguments> seeds() {
        return RandomText.seeds(1, 1000);
    }

    private static Map<String, String> halfWidthSpellings() {
        Map<String, String> spellings = new HashMap<>();
        for (char half = '\uFF66'; half <= '\uFF9D'; half++) {
            for (String mark : new String[] {"", "\uFF9E", "\uFF9F"}) {
                String full = Normalizer.normalize(half + mark, Normalizer.Form.NFKC);
                if (full.length() == 1 && (mark.isEmpty() || full.charAt(0) != half)) {
                    spellings.putIfAbsent(full, half + mark);
                }
            }
        }
        spellings.put("ー", "\uFF70");
        return spellings;
    }
}
