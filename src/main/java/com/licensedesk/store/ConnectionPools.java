package com.licensedesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection pools (HikariCP): four connections in front of the SQLite file, with SQLite's settings on each, or a
 * small pool per desk in front of a PostgreSQL server, which says within seconds that the server cannot be reached.
 */
final class ConnectionPools {
    private static final int BUSY_TIMEOUT_MILLIS = 15_000;
    /**
     * How long a call waits for a connection to a server before saying it cannot be reached (the pool's default is
     * 30 s); the driver's connect and login give up as soon. See
     * docs/decisions/storage-trouble-said-in-the-users-words.md.
     */
    private static final int SERVER_CONNECTION_TIMEOUT_MILLIS = 3_000;
    /** How long the pool waits for a check of an idle connection to the server before dropping it as dead. */
    private static final int SERVER_VALIDATION_TIMEOUT_MILLIS = 2_000;

    private ConnectionPools() {
    }

    /**
     * The pool on the SQLite database of {@code jdbcUrl}, once its first connection is made. {@code durable}: a commit
     * returns only once the WAL is on disk.
     */
    static HikariDataSource sqlite(String jdbcUrl, String desk, boolean durable) {
        HikariConfig pool = named(desk);
        pool.setDataSource(sqliteConnections(jdbcUrl, durable));
        pool.setMaximumPoolSize(4);
        return firstConnection(pool);
    }

    /** The pool on the server that {@code connect} names. */
    static HikariDataSource server(Database.Connect connect) {
        HikariConfig pool = named(connect.desk());
        // A shared server: a small pool per desk (design.md), so that many desks fit PostgreSQL's 100 connections.
        pool.setJdbcUrl(connect.jdbcUrl());
        connect.user().ifPresent(pool::setUsername);
        connect.password().ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pool.addDataSourceProperty("ApplicationName", cut("License Desk " + connect.desk(), 63));
        // A server gone is said within seconds: the pool's wait, and the driver's connect and login (in seconds; a
        // setting in the URL wins). No socketTimeout: it would cut a long statement, such as a catalogue import's.
        pool.setConnectionTimeout(SERVER_CONNECTION_TIMEOUT_MILLIS);
        pool.setValidationTimeout(SERVER_VALIDATION_TIMEOUT_MILLIS);
        String seconds = String.valueOf(SERVER_CONNECTION_TIMEOUT_MILLIS / 1000);
        pool.addDataSourceProperty("connectTimeout", seconds);
        pool.addDataSourceProperty("loginTimeout", seconds);
        pool.setInitializationFailTimeout(10_000);
        return new HikariDataSource(pool);
    }

    /** {@code desk} names the pool, as the server lists it. */
    private static HikariConfig named(String desk) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("license-desk " + desk);
        return pool;
    }

    /**
     * SQLite's connections: foreign keys on, WAL, a busy timeout, and write transactions that take the write lock at
     * BEGIN (IMMEDIATE), so that two desks never deadlock on an upgrade.
     */
    private static DataSource sqliteConnections(String jdbcUrl, boolean durable) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: NORMAL in WAL mode may lose the last commits on a power cut, after their mail has gone out.
        config.setSynchronous(durable ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Deleted and overwritten content (a reset code's mail once sent) is zeroed, not left in free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // Checkpoints are the Checkpoints thread's work, off the commit path; a commit makes one only past this.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(Checkpoints.SAFETY_NET_FRAMES));
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(jdbcUrl);
        return source;
    }

    /**
     * The pool, once its first connection is made. Switching a new file to WAL needs the file to itself, and SQLite
     * answers BUSY at once rather than waiting: processes starting on one file at the same moment try again.
     */
    private static HikariDataSource firstConnection(HikariConfig pool) {
        long giveUpAt = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
        while (true) {
            try {
                return new HikariDataSource(pool);
            } catch (RuntimeException e) {
                boolean busy = String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
                if (!busy || System.nanoTime() > giveUpAt) {
                    throw e;
                }
                try {
                    Thread.sleep(20 + (long) (Math.random() * 80));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
