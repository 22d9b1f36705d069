package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.auth.SignInService;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.registration.RegistrationRefused;
import com.licensedesk.settings.Settings;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.PgBouncer;
import com.licensedesk.testing.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desks through PgBouncer in transaction pooling, as a reseller with many desks runs them: each transaction may get
 * another server connection, and fewer server connections serve more desks' pools. Runs where Debian's
 * {@code pgbouncer} is installed (or {@code -Dpgbouncer=PATH} names it); elsewhere it is skipped and says why.
 */
class ThroughPgBouncerTest {
    /** Server connections pgbouncer keeps for the desks' database: fewer than the two desks' pools hold. */
    private static final int SERVER_CONNECTIONS = 2;
    @TempDir Path temp;

    @Test
    void twoDesksMigrateRegisterAndSignInThroughOnePoolOfTwoServerConnections() throws Exception {
        Optional<Path> program = PgBouncer.program();
        Assumptions.assumeTrue(program.isPresent(), "pgbouncer is not installed (Debian: apt-get install pgbouncer)");
        String serverUrl = Postgres.newDatabase();
        String database = serverUrl.substring(serverUrl.lastIndexOf('/') + 1, serverUrl.indexOf('?'));
        try (PgBouncer bouncer = PgBouncer.start(program.get(), serverUrl, SERVER_CONNECTIONS,
                Files.createDirectories(temp.resolve("pgbouncer")))) {
            String url = bouncer.url(database);
            try (LicenseDesk first = open(url, "desk-1"); LicenseDesk second = open(url, "desk-2")) {
                first.catalog.addMissing(DemoCatalog.entries(LocalDate.of(2026, 11, 24)));
                List<CatalogEntry> keys = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    keys.add(new CatalogEntry(Fixtures.key(GeneratedCustomers.key(i, 0)), "Pooled " + i,
                            Optional.empty(), 1, LocalDate.of(2028, 1, 1), LicenseType.FULL, Optional.empty()));
                }
                second.catalog.save(keys);

                // Both desks at once, each transaction on whichever server connection pgbouncer hands it.
                ExecutorService desks = Executors.newFixedThreadPool(2);
                List<Future<?>> runs = new ArrayList<>();
                for (int d = 0; d < 2; d++) {
                    LicenseDesk desk = d == 0 ? first : second;
                    int from = d * 20;
                    runs.add(desks.submit(() -> {
                        for (int i = from; i < from + 20; i++) {
                            desk.registration.register(Fixtures.registration(GeneratedCustomers.key(i, 0),
                                    "pooled_" + i));
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
                desks.shutdown();
                first.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));

                assertThat(second.accounts.count()).isEqualTo(41);
                assertThatThrownBy(() -> second.registration.register(
                        Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02", "佐藤商事株式会社")))
                        .isInstanceOfSatisfying(RegistrationRefused.class, refused -> assertThat(refused.reason())
                                .isEqualTo(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED));
                assertThat(second.signIn.signIn("tanaka_01", "Sakura7Desk"))
                        .isInstanceOf(SignInService.Result.SignedIn.class);
                assertThat(second.signIn.signIn("tanaka_01", "Wrong0ne"))
                        .isInstanceOf(SignInService.Result.Refused.class);
                assertThat(first.outboxMail.unsent()).as("each registration's mail, held in the outbox").hasSize(41);
                assertThat(serverConnections(serverUrl, database)).as("the desks' pools share pgbouncer's")
                        .isBetween(1, SERVER_CONNECTIONS);
            }
            assertThat(bouncer.log()).noneMatch(line -> line.contains("ERROR") || line.contains("WARNING"));
        }
    }

    private LicenseDesk open(String url, String name) throws Exception {
        Path home = Files.createDirectories(temp.resolve(name));
        return LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(), "licensedesk.db.url", url,
                "licensedesk.desk.name", name, "licensedesk.secret-key", Fixtures.SECRET_KEY_SETTING), Map.of(),
                home), Fixtures.CLOCK, Fixtures.CHEAP_HASHER);
    }

    /** Connections to the desks' database on the server itself, past pgbouncer. */
    private static int serverConnections(String serverUrl, String database) throws Exception {
        try (Connection direct = DriverManager.getConnection(serverUrl);
             ResultSet count = direct.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = '" + database + "' AND pid <> pg_backend_pid()")) {
            count.next();
            return count.getInt(1);
        }
    }
}
