package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpContactTest {
    @TempDir
    Path home;

    @Test
    void theConfiguredSupportDeskIsListedAfterTheManualsAdvice() {
        Config config = Config.of(Map.of(HelpContact.PHONE, "03-1234-5678",
                HelpContact.HOURS, "平日 9:00〜18:00"), Map.of("LICENSEDESK_HELP_WEB", "https://support.example.jp/form"),
                home);

        String text = HelpContact.of(config, Fixtures.JAPANESE);

        assertThat(text).startsWith("ログインして操作したところ")
                .endsWith("■ 法人お問い合わせ窓口\nお電話でのお問い合わせ: 03-1234-5678\n受付時間: 平日 9:00〜18:00\n"
                        + "Webフォームでのお問い合わせ: https://support.example.jp/form");
    }

    @Test
    void withoutOneTheCustomerIsSentToTheReseller() {
        String text = HelpContact.of(Config.of(Map.of(HelpContact.PHONE, "  "), Map.of(), home), Fixtures.JAPANESE);

        assertThat(text).endsWith("■ 法人お問い合わせ窓口\nお問い合わせ先はご購入先にお尋ねください。");
    }
}
