package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.settings.Setting;
import com.licensedesk.cli.Cli;
import com.licensedesk.settings.Settings;
import com.licensedesk.auth.SignInService;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-factor secrets at rest: sealed under a key outside the database, so a backup holds nothing usable. */
class SecretsAtRestTest {
    private static final String PASSWORD = "Sakura7Desk";
    @TempDir Path home;
    @TempDir Path elsewhere;

    @Test
    void aBackupHoldsNoUsableSecretAndTheDeskNeedsItsKey() throws Exception {
        String secret;
        try (LicenseDesk app = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            long accountId = app.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE,
                    "Tanaka_01")).accountId();
            TwoFactorService.Offer offer = app.twoFactor.offer("Tanaka_01");
            secret = offer.secret();
            assertThat(app.twoFactor.enable(accountId, offer, new Totp().code(secret, Fixtures.NOW))).isPresent();
        }
        Path key = home.resolve(SecretKeys.FILE);
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Path backup = elsewhere.resolve("backup.db");
        assertThat(cli("backup", backup.toString())).isZero();
        String stored = single(backup, "select totp_sealed from account");
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(single(backup, "select count(*) from account where totp_secret is not null")).isEqualTo("0");

        Files.move(key, elsewhere.resolve("kept.key"));
        assertThatThrownBy(() -> LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER))
                .isInstanceOf(StartProblem.class).hasMessageContaining("secrets.key")
                .hasMessageContaining(Setting.SECRET_KEY.key());
        assertThat(Files.exists(key)).as("no new key that could not open the old secrets").isFalse();

        Files.move(elsewhere.resolve("kept.key"), key);
        try (LicenseDesk app = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(app.signIn.signIn("Tanaka_01", PASSWORD))
                    .isInstanceOf(SignInService.Result.NeedsSecondFactor.class);
        }
    }

    @Test
    void secretsAnOlderVersionKeptInClearAreSealedAtStart() throws Exception {
        try (LicenseDesk app = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            app.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("license-desk.db"))) {
            connection.createStatement().executeUpdate("update account set totp_secret = 'JBSWY3DPEHPK3PXP',"
                    + " totp_last_step = 0");
        }
        try (LicenseDesk app = LicenseDesk.open(config(), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(app.signIn.signIn("Tanaka_01", PASSWORD))
                    .isInstanceOf(SignInService.Result.NeedsSecondFactor.class);
        }
        Path database = home.resolve("license-desk.db");
        assertThat(single(database, "select count(*) from account where totp_secret is not null")).isEqualTo("0");
        assertThat(single(database, "select totp_sealed from account")).startsWith("v1:");
    }

    private int cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return new Cli(InputStream.nullInputStream(), new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8), config(),
                new LicenseDeskInstallation(config(), Fixtures.CLOCK)).run(args);
    }

    private Settings config() {
        return Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
    }

    private static String single(Path file, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
