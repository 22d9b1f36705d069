package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings are looked up as design.md says: system property, environment, properties file, default. */
class ConfigTest {
    @TempDir Path home;

    @Test
    void systemPropertyBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
        Files.writeString(home.resolve("license-desk.properties"),
                "licensedesk.smtp.host=file.example\nlicensedesk.smtp.port=2525\nlicensedesk.vendor.name=ファイル商事\n");
        Map<String, String> environment = Map.of("LICENSEDESK_SMTP_HOST", "env.example",
                "LICENSEDESK_SMTP_PORT", "587", "LICENSEDESK_SESSION_IDLE_MINUTES", "5");
        Config config = Config.of(Map.of("licensedesk.home", home.toString(), "licensedesk.smtp.host", "prop.example"),
                environment, Path.of("/nonexistent"));

        assertThat(config.get("licensedesk.smtp.host")).contains("prop.example");
        assertThat(config.getInt("licensedesk.smtp.port", 25)).isEqualTo(587);
        assertThat(config.getInt("licensedesk.session.idle-minutes", 30)).isEqualTo(5);
        assertThat(config.vendorName()).isEqualTo("ファイル商事");
        assertThat(config.getBoolean("licensedesk.demo", true)).isTrue();
        assertThat(config.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:" + home.resolve("license-desk.db"));
    }

    @Test
    void theHomeMayComeFromTheEnvironmentAndDefaultsToThePlatformFolder() {
        Config fromEnvironment = Config.of(Map.of(), Map.of("LICENSEDESK_HOME", home.toString()), Path.of("/x"));
        assertThat(fromEnvironment.home()).isEqualTo(home);
        assertThat(Config.of(Map.of(), Map.of(), Path.of("/default")).home()).isEqualTo(Path.of("/default"));
        assertThat(Config.environmentName("licensedesk.session.idle-minutes"))
                .isEqualTo("LICENSEDESK_SESSION_IDLE_MINUTES");
    }

    @Test
    void aMalformedNumberNamesTheSetting() {
        Config config = Config.of(Map.of("licensedesk.smtp.port", "twenty-five"), Map.of(), home);

        assertThatThrownBy(() -> config.getInt("licensedesk.smtp.port", 25))
                .hasMessage("licensedesk.smtp.port must be a whole number, not \"twenty-five\"");
    }
}
