package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
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
        Settings config = Settings.of(Map.of(Setting.HELP_PHONE.key(), "03-1234-5678",
                Setting.HELP_HOURS.key(), "平日 9:00〜18:00"),
                Map.of(Setting.HELP_WEB.environmentName(), "https://support.example.jp/form"), home);

        String text = HelpContact.of(config, Fixtures.JAPANESE);

        assertThat(text).startsWith("ログインして操作したところ")
                .endsWith("■ 法人お問い合わせ窓口\nお電話でのお問い合わせ: 03-1234-5678\n受付時間: 平日 9:00〜18:00\n"
                        + "Webフォームでのお問い合わせ: https://support.example.jp/form");
    }

    @Test
    void withoutOneTheCustomerIsSentToTheReseller() {
        String text = HelpContact.of(Settings.of(Map.of(Setting.HELP_PHONE.key(), "  "), Map.of(), home),
                Fixtures.JAPANESE);

        assertThat(text).endsWith("■ 法人お問い合わせ窓口\nお問い合わせ先はご購入先にお尋ねください。");
    }
}
