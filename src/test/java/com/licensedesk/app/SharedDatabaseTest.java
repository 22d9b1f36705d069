package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.cli.Cli;
import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import com.licensedesk.testing.Postgres;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk on a shared PostgreSQL database, as the IT person sets it up: user and password apart from the URL. */
class SharedDatabaseTest {
    @TempDir Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDeskRunsOnPostgresqlWithoutTheDemoCatalogueAndSendsBackupsToPgDump() {
        String url = Postgres.newDatabase();
        Map<String, String> settings = settings(url.substring(0, url.indexOf('?')));
        settings.put("licensedesk.db.user", "postgres");
        try (LicenseDesk app = LicenseDesk.open(config(settings), Fixtures.CLOCK, Fixtures.CHEAP_HASHER)) {
            assertThat(app.catalog.count()).as("a shared database gets the vendor's catalogue, not the demo").isZero();
            app.catalog.addMissing(DemoCatalog.entries(java.time.LocalDate.of(2026, 11, 24)));
            app.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
            assertThat(app.accounts.count()).isEqualTo(1);
        }

        assertThat(cli(settings, "backup", home.resolve("b.db").toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("pg_dump");
    }

    @Test
    void aDeskOnASharedDatabaseNeedsTheSharedSecretKey() {
        Map<String, String> settings = settings(Postgres.newDatabase());
        settings.remove("licensedesk.secret-key");

        assertThat(cli(settings, "outbox", "list")).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("licensedesk.secret-key");
    }

    @Test
    void desksOnASharedDatabaseTakeTheirTimesFromTheServer() {
        Map<String, String> settings = settings(Postgres.newDatabase());
        // The server runs on this machine: its clock is the one Instant.now() reads, to the microsecond it keeps.
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Stands still an hour behind: the desk's times then are the server's time as the desk measured it.
        MovableClock anHourBehind = new MovableClock(before.minus(Duration.ofHours(1)));
        try (LicenseDesk app = LicenseDesk.open(config(settings), anHourBehind, Fixtures.CHEAP_HASHER)) {
            Instant deskTime = app.clock.instant();
            assertThat(deskTime).as("the desk's own clock is an hour off; its times are the server's")
                    .isBetween(before, app.database.serverTime());
        }
    }

    @Test
    void anUnreachableServerIsOneLineNamingTheSettings() throws Exception {
        // Bound but not listening: a connection to the port is refused, and no one else can take it meanwhile.
        try (Socket held = new Socket()) {
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int closedPort = held.getLocalPort();
            Map<String, String> settings = settings("jdbc:postgresql://127.0.0.1:" + closedPort + "/desk");
            settings.put("licensedesk.db.user", "desk");
            settings.put("licensedesk.db.password", "s3cret-Pa55");

            assertThat(cli(settings, "outbox", "list")).isEqualTo(Cli.USER_ERROR);
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(said.lines()).singleElement().asString().contains("licensedesk.db.url")
                    .contains("127.0.0.1:" + closedPort).doesNotContain("s3cret");
        }
    }

    @Test
    void aDeskWithoutSchemaRightsWaitsForDbMigrate() throws Exception {
        Map<String, String> settings = settings(Postgres.newDatabase());
        settings.put("licensedesk.db.migrate", "false");

        assertThat(cli(settings, "outbox", "list")).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("license-desk db migrate");

        assertThat(cli(settings, "db", "migrate")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("スキーマ " + Fixtures.newestSchema());
        err.reset();
        assertThat(cli(settings, "outbox", "list")).isEqualTo(Cli.OK);
    }

    private Map<String, String> settings(String url) {
        Map<String, String> settings = new HashMap<>();
        settings.put("licensedesk.home", home.toString());
        settings.put("licensedesk.db.url", url);
        settings.put("licensedesk.secret-key", Fixtures.SECRET_KEY_SETTING);
        return settings;
    }

    private Settings config(Map<String, String> settings) {
        return Settings.of(settings, Map.of(), home);
    }

    private int cli(Map<String, String> settings, String... args) {
        return new Cli(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), config(settings),
                new LicenseDeskInstallation(config(settings), Fixtures.CLOCK)).run(args);
    }
}
