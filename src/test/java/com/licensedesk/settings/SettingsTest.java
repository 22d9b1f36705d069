package com.licensedesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.i18n.Messages;
import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings are looked up as design.md says: system property, environment, properties file, default. */
class SettingsTest {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH, "License Desk");
    @TempDir Path home;

    @Test
    void systemPropertyBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
        Files.writeString(home.resolve(Settings.PROPERTIES_FILE), Setting.SMTP_HOST.key() + "=file.example\n"
                + Setting.SMTP_PORT.key() + "=2525\n" + Setting.VENDOR_NAME.key() + "=ファイル商事\n"
                + Setting.SMTP_USER.key() + "=file-user\n");
        Map<String, String> environment = Map.of(Setting.SMTP_HOST.environmentName(), "env.example",
                Setting.SMTP_PORT.environmentName(), "587", Setting.IDLE_MINUTES.environmentName(), "5");
        Settings settings = Settings.of(Map.of(Setting.HOME.key(), home.toString(),
                Setting.SMTP_HOST.key(), "prop.example"), environment, Path.of("/nonexistent"));

        SmtpSettings smtp = settings.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("prop.example");
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.user()).contains("file-user");
        assertThat(smtp.password()).isEmpty();
        assertThat(smtp.startTls()).isFalse();
        assertThat(smtp.from()).isEqualTo("License Desk <no-reply@localhost>");
        assertThat(settings.idleTime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.vendorName()).isEqualTo("ファイル商事");
        assertThat(settings.demo()).isTrue();
        assertThat(settings.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:" + home.resolve("license-desk.db"));
    }

    @Test
    void withNothingGivenEachSettingHasItsDefault() {
        Settings settings = Settings.of(Map.of(), Map.of(), home);

        assertThat(settings.smtp()).isEmpty();
        assertThat(settings.kiosk()).isFalse();
        assertThat(settings.rememberLoginId()).isFalse();
        assertThat(settings.migratesDatabase()).isTrue();
        assertThat(settings.mailFrom()).isEqualTo("License Desk <no-reply@localhost>");
        assertThat(settings.mailGiveUp()).isEqualTo(Duration.ofHours(72));
        assertThat(settings.vendorName()).isEqualTo("License Desk");
        assertThat(settings.idleTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.expiringDays()).isEqualTo(30);
        assertThat(settings.reminderDays()).containsExactly(90, 30, 7);
        assertThat(settings.expiryWindows()).containsExactly(30, 60, 90);
        assertThat(settings.sentMailDays()).isEqualTo(90);
        assertThat(settings.signInDays()).isEqualTo(90);
        assertThat(settings.databaseUser()).isEmpty();
        assertThat(settings.secretKey()).isEmpty();
        assertThat(settings.helpPhone()).isEmpty();
        assertThat(settings.deskName()).isNotBlank();
        assertThat(settings.problem(Fixtures.JAPANESE)).isEmpty();
    }

    @Test
    void blankValuesAreNotGivenAndRemindersMayBeOff() {
        Settings settings = Settings.of(Map.of(Setting.HELP_PHONE.key(), "  ", Setting.DESK_NAME.key(), " 窓口1 ",
                Setting.REMINDER_DAYS.key(), "OFF", Setting.EXPIRY_WINDOWS.key(), "7, 14"), Map.of(), home);

        assertThat(settings.helpPhone()).isEmpty();
        assertThat(settings.deskName()).isEqualTo("窓口1");
        assertThat(settings.reminderDays()).isEmpty();
        assertThat(settings.expiryWindows()).containsExactly(7, 14);
        assertThat(settings.problem(Fixtures.JAPANESE)).isEmpty();
    }

    @Test
    void theHomeMayComeFromTheEnvironmentAndDefaultsToThePlatformFolder() throws Exception {
        Settings fromEnvironment = Settings.of(Map.of(), Map.of("LICENSEDESK_HOME", home.toString()), Path.of("/x"));
        assertThat(fromEnvironment.home()).isEqualTo(home);
        assertThat(fromEnvironment.propertiesFile()).isEqualTo(home.resolve("license-desk.properties"));
        assertThat(Settings.of(Map.of(), Map.of(), Path.of("/default")).home()).isEqualTo(Path.of("/default"));
        assertThat(Setting.IDLE_MINUTES.environmentName()).isEqualTo("LICENSEDESK_SESSION_IDLE_MINUTES");

        // The file is in the data folder, so it cannot move it.
        Path elsewhere = Files.createDirectory(home.resolve("elsewhere"));
        Files.writeString(home.resolve(Settings.PROPERTIES_FILE), Setting.HOME.key() + "=" + elsewhere + "\n");
        assertThat(Settings.of(Map.of(), Map.of(), home).home()).isEqualTo(home);
    }

    @Test
    void everySettingHasItsOwnKeyAndEnvironmentName() {
        assertThat(Arrays.stream(Setting.values()).map(Setting::key).distinct()).hasSize(Setting.values().length);
        assertThat(Arrays.stream(Setting.values()).map(Setting::environmentName).distinct())
                .hasSize(Setting.values().length);
        for (Setting setting : Setting.values()) {
            assertThat(setting.key()).as(setting.name()).startsWith("licensedesk.");
            setting.defaultText().ifPresent(value -> assertThat(setting.rule().accepts(value))
                    .as(setting + "'s default").isTrue());
        }
    }

    @Test
    void aBadValueNamesTheSettingAndItsRuleInJapaneseAndEnglish() {
        assertThat(problem(Setting.SMTP_PORT, "twenty-five", Fixtures.JAPANESE)).contains(
                "licensedesk.smtp.port の値 \"twenty-five\" は使えません。1以上65535以下の整数を指定してください。");
        assertThat(problem(Setting.SMTP_PORT, "twenty-five", ENGLISH))
                .contains("licensedesk.smtp.port cannot be \"twenty-five\": give a whole number from 1 to 65535.");
        assertThat(problem(Setting.IDLE_MINUTES, "0.5", Fixtures.JAPANESE)).contains(
                "licensedesk.session.idle-minutes の値 \"0.5\" は使えません。1以上240以下の整数を指定してください。");
        assertThat(problem(Setting.MAIL_GIVE_UP_HOURS, "721", ENGLISH))
                .contains("licensedesk.mail.give-up-hours cannot be \"721\": give a whole number from 1 to 720.");
        assertThat(problem(Setting.KIOSK, "yes", Fixtures.JAPANESE))
                .contains("licensedesk.kiosk の値 \"yes\" は使えません。true または false を指定してください。");
        assertThat(problem(Setting.DB_MIGRATE, "no", ENGLISH))
                .contains("licensedesk.db.migrate cannot be \"no\": give true or false.");
        assertThat(problem(Setting.LOCALE, "fr", Fixtures.JAPANESE))
                .contains("licensedesk.locale の値 \"fr\" は使えません。ja または en を指定してください。");
        assertThat(problem(Setting.DB_URL, "jdbc:mysql://db/desk", ENGLISH)).contains("licensedesk.db.url cannot be"
                + " \"jdbc:mysql://db/desk\": give a URL that starts with jdbc:sqlite: or jdbc:postgresql:.");
        assertThat(problem(Setting.REMINDER_DAYS, "90,,7", Fixtures.JAPANESE)).get().asString()
                .startsWith("licensedesk.reminders.days の値 \"90,,7\" は使えません。").contains("off");
        assertThat(problem(Setting.EXPIRY_WINDOWS, "off", ENGLISH)).contains("The value \"off\" of"
                + " licensedesk.expiry.windows cannot be used. Give numbers of days from 1 to 3650, separated by commas"
                + " (for example 30,60,90).");
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");

        assertThat(Settings.of(Map.of(Setting.HOME.key(), file.toString()), Map.of(), home).problem(ENGLISH))
                .contains("The data folder " + file + " of licensedesk.home is not a folder (a file has that name).");
    }

    @Test
    void theFirstBadValueIsNamedInTheOrderOfTheSettings() {
        Settings settings = Settings.of(Map.of(Setting.DB_URL.key(), "jdbc:mysql://db/desk",
                Setting.KIOSK.key(), "yes", Setting.SIGN_IN_DAYS.key(), "0"), Map.of(), home);

        assertThat(settings.problem(Fixtures.JAPANESE)).get().asString().startsWith("licensedesk.retention.sign-in-days");
    }

    @Test
    void aMalformedNumberReadUncheckedNamesTheSetting() {
        Settings settings = Settings.of(Map.of(Setting.EXPIRING_DAYS.key(), "thirty"), Map.of(), home);

        assertThatThrownBy(settings::expiringDays)
                .hasMessage("licensedesk.licences.expiring-days must be a whole number, not \"thirty\"");
    }

    @Test
    void withSetsOneSettingAboveEveryOtherSourceAndKeepsItThroughAReload() throws Exception {
        Path file = home.resolve(Settings.PROPERTIES_FILE);
        Files.writeString(file, Setting.LOCALE.key() + "=ja\n" + Setting.VENDOR_NAME.key() + "=ファイル商事\n");
        Settings settings = Settings.of(Map.of(Setting.HOME.key(), home.toString()),
                Map.of(Setting.LOCALE.environmentName(), "ja"), home);

        Settings english = settings.with(Setting.LOCALE, "en");
        assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(settings.locale()).as("the original is unchanged").isEqualTo(Locale.JAPANESE);

        Files.writeString(file, Setting.VENDOR_NAME.key() + "=サンプル セキュリティ\n");
        assertThat(english.vendorName()).as("read once").isEqualTo("ファイル商事");
        Settings reloaded = english.reload();
        assertThat(reloaded.vendorName()).isEqualTo("サンプル セキュリティ");
        assertThat(reloaded.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(reloaded.home()).isEqualTo(home);
    }

    @Test
    void theSettingsScreenShowsAndWritesTheSameSettings() {
        Properties stored = new Properties();
        stored.setProperty(Setting.SMTP_HOST.key(), "mail.example.test");
        stored.setProperty(Setting.SMTP_STARTTLS.key(), "true");
        DeskSettings shown = DeskSettings.from(stored);

        assertThat(shown.smtpPort()).isEqualTo(Setting.SMTP_PORT.defaultText().orElseThrow());
        assertThat(shown.vendorName()).isEqualTo("License Desk");
        assertThat(shown.idleMinutes()).isEqualTo("30");
        assertThat(shown.expiringDays()).isEqualTo("30");
        assertThat(shown.mailFrom()).as("empty: the default sender").isEmpty();
        assertThat(shown.security()).isEqualTo(DeskSettings.Security.STARTTLS);
        assertThat(shown.values()).containsEntry(Setting.SMTP_HOST, "mail.example.test")
                .containsEntry(Setting.SMTP_STARTTLS, "true").containsEntry(Setting.SMTP_SSL, "false")
                .containsEntry(Setting.MAIL_FROM, "");
    }

    private Optional<String> problem(Setting setting, String value, Messages messages) {
        return Settings.of(Map.of(setting.key(), value), Map.of(), home).problem(messages);
    }
}
