package com.licensedesk.settings;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.mail.MailTransport;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.setup.SetupCode;
import java.security.SecureRandom;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.ui.Banner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings screen without a toolkit: the PIN, the fields' rules, the test mail's answer, saving. */
class SettingsViewModelTest {
    @TempDir Path folder;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<SmtpSettings> askedServers = new ArrayList<>();
    private final List<OutboxMail> sent = new ArrayList<>();
    private final List<String> restarts = new ArrayList<>();
    private String serverRefusal;

    private HomeLink home = HomeLink.none();

    private SettingsViewModel settings(SettingsFile file, boolean kiosk) {
        return new SettingsViewModel(file, setupCode(file), server -> {
            askedServers.add(server);
            return mail -> {
                if (serverRefusal != null) {
                    throw new MailTransport.DeliveryFailed(serverRefusal, null);
                }
                sent.add(mail);
            };
        }, Fixtures.IN_PLACE, navigator, Fixtures.JAPANESE, Fixtures.CLOCK, () -> restarts.add("restart"), kiosk,
                () -> RegistrationScreens.START, home);
    }

    /** The installation's set-up code, there while no PIN is set (this test's desk has its operators). */
    private SetupCode setupCode(SettingsFile file) {
        return new SetupCode(folder, new SecureRandom(), () -> !file.hasPin());
    }

    private SettingsFile fileWithPin() {
        SettingsFile file = new SettingsFile(folder.resolve("license-desk.properties"), Fixtures.CHEAP_HASHER,
                Fixtures.CLOCK);
        file.setPin("123456");
        return file;
    }

    /** The screen opened and its PIN given: the settings are shown for editing. */
    private SettingsViewModel unlocked(SettingsFile file, boolean kiosk) {
        SettingsViewModel settings = settings(file, kiosk);
        settings.open();
        settings.form().field("pinField").text().set("123456");
        settings.submitPin();
        return settings;
    }

    @Test
    void aJoinedKioskShowsItsSyncAndWritesTheBundleIntoTheFolderTypedAndSaved() throws Exception {
        List<Path> exportedTo = new ArrayList<>();
        int[] waiting = {3};
        home = new HomeLink() {
            @Override
            public Optional<Status> status() {
                return Optional.of(new Status(Optional.empty(), Optional.of(Fixtures.NOW), waiting[0]));
            }

            @Override
            public Optional<String> exportNow(Path folder) {
                exportedTo.add(folder);
                waiting[0] = 0;
                return exportedTo.size() == 1 ? Optional.of("shinjuku-1-1-3.ldsync") : Optional.empty();
            }
        };
        SettingsFile file = fileWithPin();
        SettingsViewModel settings = unlocked(file, true);

        assertThat(settings.linkedToHome().get()).isTrue();
        assertThat(settings.syncState().get()).isEqualTo(
                "最後の送信: まだありません\n最後の受信: 2026/11/24 10:00\n本部に送る記録: 3 件");
        settings.exportBundle();
        assertThat(settings.form().field("syncFolder").error().get()).isEqualTo("同期フォルダを入力してください。");
        assertThat(exportedTo).isEmpty();

        settings.form().field("syncFolder").text().set("usb/sync");
        settings.exportBundle();
        assertThat(settings.form().field("syncFolder").error().get()).contains("/media/usb/license-desk");
        Path stick = folder.resolve("stick");
        settings.form().field("syncFolder").text().set(stick.toString());
        settings.exportBundle();

        assertThat(exportedTo).containsExactly(stick);
        assertThat(settings.banner().text()).isEqualTo("同期ファイル shinjuku-1-1-3.ldsync を " + stick
                + " に書き出しました。本部に届けてください。");
        assertThat(settings.syncState().get()).endsWith("本部に送る記録: 0 件");
        settings.exportBundle();
        assertThat(settings.banner().text()).isEqualTo("本部に送る記録はありません。");

        settings.save();
        assertThat(file.get(Setting.SYNC_FOLDER)).contains(stick.toString());
    }

    @Test
    void aDeskShowsNoSync() {
        SettingsViewModel settings = unlocked(fileWithPin(), false);

        assertThat(settings.linkedToHome().get()).isFalse();
        assertThat(settings.syncState().get()).isEmpty();
    }

    @Test
    void theFirstPinIsSetTwiceThenAskedForAndAWrongOneIsRefused() {
        SettingsFile file = new SettingsFile(folder.resolve("license-desk.properties"), Fixtures.CHEAP_HASHER, Fixtures.CLOCK);
        SettingsViewModel settings = settings(file, false);
        settings.open();
        assertThat(settings.step().get()).isEqualTo(SettingsViewModel.Step.SET_PIN);

        settings.form().field("pinField").text().set("12345");
        settings.form().field("pinConfirmField").text().set("12345");
        settings.submitPin();
        assertThat(settings.form().field("pinField").error().get()).isEqualTo("設定用PINは6桁以上12桁以下の数字で入力してください。");
        settings.form().field("pinField").text().set("123456");
        settings.form().field("pinConfirmField").text().set("654321");
        settings.submitPin();
        assertThat(settings.form().field("pinConfirmField").error().get()).isEqualTo("設定用PINと確認入力が一致しません。");
        settings.form().field("pinConfirmField").text().set("123456");
        settings.submitPin();
        assertThat(settings.form().field("setupCodeField").error().get()).isEqualTo("必須項目です。入力してください。");
        settings.form().field("setupCodeField").text().set("AAAA-BBBB-CCCC");
        settings.form().field("pinField").text().set("123456");
        settings.form().field("pinConfirmField").text().set("123456");
        settings.submitPin();
        assertThat(settings.form().field("setupCodeField").error().get())
                .isEqualTo("セットアップコードが正しくありません。データフォルダーの setup-code ファイルにあるコード"
                        + "（license-desk setup-code で表示されるコード）を入力してください。");
        assertThat(settings.step().get()).isEqualTo(SettingsViewModel.Step.SET_PIN);
        assertThat(file.hasPin()).as("no PIN without the set-up code").isFalse();
        assertThat(settings.form().field("pinField").text().get()).as("the PIN chosen is kept").isEqualTo("123456");
        assertThat(settings.form().field("pinConfirmField").text().get()).isEqualTo("123456");
        String code = setupCode(file).current().orElseThrow();
        settings.form().field("setupCodeField").text().set(code);
        settings.submitPin();
        assertThat(settings.step().get()).isEqualTo(SettingsViewModel.Step.EDIT);
        assertThat(file.hasPin()).isTrue();
        assertThat(setupCode(file).current()).as("used up, and nothing is left to set up").isEmpty();
        assertThat(folder.resolve(SetupCode.FILE)).doesNotExist();

        SettingsViewModel again = settings(file, false);
        again.open();
        assertThat(again.step().get()).isEqualTo(SettingsViewModel.Step.ENTER_PIN);
        again.form().field("pinField").text().set("999999");
        again.submitPin();
        assertThat(again.form().field("pinField").error().get()).isEqualTo("設定用PINが正しくありません。あと4回間違えると、15分間PINを入力できなくなります。");
        assertThat(again.step().get()).isEqualTo(SettingsViewModel.Step.ENTER_PIN);
    }

    @Test
    void aKioskCannotSetThePinHere() {
        SettingsViewModel settings = settings(new SettingsFile(folder.resolve("p"), Fixtures.CHEAP_HASHER, Fixtures.CLOCK), true);
        settings.open();
        assertThat(settings.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(settings.step().get()).isEqualTo(SettingsViewModel.Step.ENTER_PIN);
    }

    @Test
    void aSharedDatabaseNeedsItsUserAndTheSharedKeyAndIsSavedOwnerOnly() throws Exception {
        SettingsFile file = new SettingsFile(folder.resolve("license-desk.properties"), Fixtures.CHEAP_HASHER,
                Fixtures.CLOCK);
        file.setPin("123456");
        SettingsViewModel settings = settings(file, false);
        settings.open();
        settings.form().field("pinField").text().set("123456");
        settings.submitPin();

        settings.form().field("dbUrl").text().set("jdbc:mysql://db/desk");
        settings.save();
        assertThat(settings.form().field("dbUrl").error().get()).contains("jdbc:postgresql://");
        assertThat(settings.form().field("dbUser").error().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(settings.form().field("secretKey").hasError()).isTrue();
        assertThat(restarts).isEmpty();

        settings.form().field("dbUrl").text().set("jdbc:postgresql://db.example.local:5432/licensedesk");
        settings.form().field("dbUser").text().set("licensedesk");
        settings.form().field("dbPassword").text().set("s3cret Pa55");
        settings.form().field("secretKey").text().set("short");
        settings.save();
        assertThat(settings.form().field("secretKey").error().get()).contains("44文字");
        settings.form().field("secretKey").text().set(Fixtures.SECRET_KEY_SETTING);
        settings.save();

        assertThat(restarts).hasSize(1);
        assertThat(file.read().getProperty(Setting.DB_URL.key()))
                .isEqualTo("jdbc:postgresql://db.example.local:5432/licensedesk");
        assertThat(file.read().getProperty(Setting.DB_PASSWORD.key())).isEqualTo("s3cret Pa55");
        assertThat(file.read().getProperty(Setting.SECRET_KEY.key())).isEqualTo(Fixtures.SECRET_KEY_SETTING);
        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.resolve("license-desk.properties")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theTestMailGoesToTheServerAsTypedAndSaysItsAnswerThenSavingRestarts() throws Exception {
        SettingsFile file = new SettingsFile(folder.resolve("license-desk.properties"), Fixtures.CHEAP_HASHER, Fixtures.CLOCK);
        file.setPin("123456");
        SettingsViewModel settings = settings(file, false);
        settings.open();
        settings.form().field("pinField").text().set("123456");
        settings.submitPin();
        assertThat(settings.form().field("vendorName").text().get()).isEqualTo("License Desk");

        settings.sendTestMail();
        assertThat(settings.form().field("smtpHost").error().get()).isEqualTo("テストメールを送るにはSMTPサーバーを入力してください。");
        assertThat(askedServers).isEmpty();

        settings.form().field("smtpHost").text().set("mail.example.test");
        settings.form().field("smtpPort").text().set("2525");
        settings.form().field("smtpSecurity").text().set("STARTTLS");
        settings.form().field("testRecipient").text().set("it@example.co.jp");
        settings.sendTestMail();
        assertThat(askedServers).singleElement().satisfies(server -> {
            assertThat(server.host()).isEqualTo("mail.example.test");
            assertThat(server.port()).isEqualTo(2525);
            assertThat(server.startTls()).isTrue();
        });
        assertThat(sent).singleElement().extracting(OutboxMail::recipient).isEqualTo("it@example.co.jp");
        assertThat(settings.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);

        serverRefusal = "550 5.7.1 relaying denied";
        settings.sendTestMail();
        assertThat(settings.banner().text()).isEqualTo("テストメールを送信できませんでした。サーバーの応答: 550 5.7.1 relaying denied");

        settings.form().field("idleMinutes").text().set("0");
        settings.save();
        assertThat(settings.form().field("idleMinutes").hasError()).isTrue();
        assertThat(restarts).isEmpty();
        settings.form().field("idleMinutes").text().set("15");
        settings.save();
        assertThat(restarts).hasSize(1);
        assertThat(file.read().getProperty(Setting.SMTP_HOST.key())).isEqualTo("mail.example.test");
        assertThat(file.read().getProperty(Setting.SMTP_STARTTLS.key())).isEqualTo("true");
        assertThat(file.read().getProperty(Setting.IDLE_MINUTES.key())).isEqualTo("15");
    }

    @Test
    void closingClearsThePinAndGoesBack() {
        SettingsViewModel settings = settings(new SettingsFile(folder.resolve("p"), Fixtures.CHEAP_HASHER, Fixtures.CLOCK), false);
        settings.form().field("pinField").text().set("123456");
        settings.close();
        assertThat(settings.form().field("pinField").text().get()).isEmpty();
        assertThat(navigator.last()).isEqualTo(RegistrationScreens.START);
    }
}
