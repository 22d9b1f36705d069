package com.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrefectureTest {
    @Test
    void theStartOfAReadingInAnyKanaOrLatinLettersFindsThePrefecture() {
        assertThat(Prefecture.typedAhead("おお")).contains("大阪府");
        assertThat(Prefecture.typedAhead("オオイ")).contains("大分県");
        assertThat(Prefecture.typedAhead("ｵｵｲ")).contains("大分県");
        assertThat(Prefecture.typedAhead("osa")).contains("大阪府");
        assertThat(Prefecture.typedAhead("TOK")).contains("東京都");
        assertThat(Prefecture.typedAhead("とくし")).contains("徳島県");
        assertThat(Prefecture.typedAhead("東")).contains("東京都");
        assertThat(Prefecture.typedAhead("xyz")).isEmpty();
        assertThat(Prefecture.typedAhead("")).isEmpty();
        for (int i = 0; i < Prefecture.NAMES.size(); i++) {
            assertThat(Prefecture.typedAhead(Prefecture.READINGS.get(i))).contains(Prefecture.NAMES.get(i));
            assertThat(Prefecture.typedAhead(Prefecture.ENGLISH.get(i))).contains(Prefecture.NAMES.get(i));
        }
    }

    @Test
    void anEnglishScreenShowsTheEnglishNameAndStoresTheJapaneseOne() {
        assertThat(Prefecture.shown("大阪府", Locale.ENGLISH)).isEqualTo("Osaka");
        assertThat(Prefecture.shown("大阪府", Locale.JAPANESE)).isEqualTo("大阪府");
        assertThat(Prefecture.shown("北海道", Locale.ENGLISH)).isEqualTo("Hokkaido");
    }
}
