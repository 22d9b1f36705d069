package com.licensedesk.store;

import com.licensedesk.change.Transactor;
import com.licensedesk.domain.StorageTrouble;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The database: opens an SQLite file or a PostgreSQL server's database (the dialect follows the JDBC URL), brings its
 * schema up to date, and hands out what the rest needs: the jOOQ context the repositories use, the transactions, the
 * backup, the server's time and the storage trouble met. The work itself is done by {@link OpenDatabase} (the steps
 * of opening), {@link ConnectionPools}, {@link Migrations}, {@link SqliteFile} (the owner-only file),
 * {@link Checkpoints}, {@link Transactions}, {@link Backup} and {@link StorageTroubles}.
 */
public final class Database implements Transactor, AutoCloseable {
    private final CompletableFuture<OpenDatabase> opened;
    private final SQLDialect dialect;
    private final boolean isNew;
    private final StorageTroubles troubles;
    private final Transactions transactions;
    /** The thread that opens a database opened later; null once started, or when it was opened at once. */
    private Thread opening;

    /**
     * How a desk reaches its database: the JDBC URL, and for a server the user and password (kept out of the URL, so
     * that neither `ps` nor a log shows them); {@code desk} names the connection pool, as the server lists it.
     */
    public record Connect(String jdbcUrl, Optional<String> user, Optional<String> password, String desk,
                          boolean migrates) {
        /** The embedded file's URL, or a server's that needs no user and password: a database that migrates. */
        private static Connect to(String jdbcUrl) {
            return new Connect(jdbcUrl, Optional.empty(), Optional.empty(), "license-desk", true);
        }

        @Override
        public String toString() {
            return "Connect[" + jdbcUrl + ", user " + user.orElse("-") + "]";
        }
    }

    /** The schema is older than this version and this desk does not migrate it. */
    public static final class SchemaBehind extends RuntimeException {
        private final int pending;

        SchemaBehind(int pending) {
            super(pending + " migrations are pending: run license-desk db migrate", null, false, false);
            this.pending = pending;
        }

        public int pending() {
            return pending;
        }
    }

    private Database(SQLDialect dialect, boolean isNew, StorageTroubles troubles,
                     CompletableFuture<OpenDatabase> opened, Thread opening) {
        this.opening = opening;
        this.dialect = dialect;
        this.isNew = isNew;
        this.troubles = troubles;
        this.opened = opened;
        this.transactions = new Transactions(() -> opened().root(), troubles,
                () -> opened().checkpoints().ifPresent(Checkpoints::committed));
    }

    /** Opens (creating if need be) the database at the JDBC URL and migrates it to the newest schema. */
    public static Database open(String jdbcUrl) {
        return open(Connect.to(jdbcUrl), true);
    }

    /** Opens the database as {@link #open(String)} does, with a user and password for a server. */
    public static Database open(Connect connect) {
        return open(connect, true);
    }

    /**
     * {@code durable}: on SQLite, a commit returns only once the WAL is on disk (synchronous=FULL), so a confirmed
     * registration survives a power cut. Only the benchmark that measures its cost opens one without.
     */
    static Database open(String jdbcUrl, boolean durable) {
        return open(Connect.to(jdbcUrl), durable);
    }

    /** Opens as {@link #open(String)} does, with {@code checkpointer} running the WAL's checkpoints: for their test. */
    static Database open(String jdbcUrl, Executor checkpointer) {
        return open(Connect.to(jdbcUrl), true, source -> new Checkpoints(source, checkpointer));
    }

    private static Database open(Connect connect, boolean durable) {
        return open(connect, durable, ownCheckpoints(connect));
    }

    private static Database open(Connect connect, boolean durable, Function<DataSource, Checkpoints> checkpoints) {
        SQLDialect dialect = JDBCUtils.dialect(connect.jdbcUrl());
        boolean isNew = isNewFile(connect.jdbcUrl());
        StorageTroubles troubles = troubles(connect.jdbcUrl());
        OpenDatabase opened = OpenDatabase.connect(connect, durable, dialect, troubles, checkpoints);
        return new Database(dialect, isNew, troubles, CompletableFuture.completedFuture(opened), null);
    }

    /**
     * Opens the database as {@link #open(Connect)} does, later and on a thread of its own: returns at once, without
     * opening. The opening starts when anything first needs the database ({@link #awaitOpen()} among them), and
     * whoever needs it waits until it is open (a window shows its first screen before, and its opening does not
     * take the processor from the window's start). {@link #awaitOpen()} says how it went.
     * Meanwhile no other thread may build jOOQ query parts before calling {@link #dsl()}: jOOQ registers its data
     * types as its classes initialise, and a part made on another thread at that moment (a static {@code count()})
     * fails to find its type. The store makes such parts in its methods, after {@code dsl()}.
     */
    public static Database openLater(Connect connect) {
        SQLDialect dialect = JDBCUtils.dialect(connect.jdbcUrl());
        boolean isNew = isNewFile(connect.jdbcUrl());
        StorageTroubles troubles = troubles(connect.jdbcUrl());
        CompletableFuture<OpenDatabase> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(OpenDatabase.connect(connect, true, dialect, troubles, ownCheckpoints(connect)));
            } catch (Throwable failure) {
                opening.completeExceptionally(failure);
            }
        }, "license-desk-database-open");
        thread.setDaemon(true);
        return new Database(dialect, isNew, troubles, opening, thread);
    }

    private static Function<DataSource, Checkpoints> ownCheckpoints(Connect connect) {
        return source -> Checkpoints.onOwnThread(source, connect.desk());
    }

    /** Storage trouble is told apart by the free space beside the SQLite file; a server has none to look at. */
    private static StorageTroubles troubles(String jdbcUrl) {
        return new StorageTroubles(SqliteFile.of(jdbcUrl).map(file -> file.toAbsolutePath().getParent()));
    }

    /** Asked before opening, which creates the file. An in-memory database is new each time it is opened. */
    private static boolean isNewFile(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:") && SqliteFile.of(jdbcUrl).map(file -> !Files.exists(file))
                .orElse(true);
    }

    /** Starts the opening of a database {@link #openLater opened later}, once; returns at once. */
    synchronized void startOpening() {
        if (opening != null) {
            opening.start();
            opening = null;
        }
    }

    /** The open database; a caller during a background opening waits for it, and gets its failure if it failed. */
    private OpenDatabase opened() {
        if (!opened.isDone()) {
            startOpening();
        }
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /**
     * Waits for a background opening to end: returns once the database is usable, or throws why it is not (a
     * {@link SchemaBehind}, or the connection's or migration's failure).
     */
    public void awaitOpen() {
        opened();
    }

    /** True when this desk created the SQLite file now: it holds nothing yet that a setting or file must open. */
    public boolean isNew() {
        return isNew;
    }

    /** True for the embedded SQLite file, which this application backs up itself. */
    public boolean isSqlite() {
        return dialect.family() == SQLDialect.SQLITE;
    }

    /** A consistent copy of the live SQLite database in {@code target}, owner-only and without secrets. */
    public void backupTo(Path target) {
        if (!isSqlite()) {
            throw new IllegalStateException("Backups here are SQLite's; back up a shared database with its own tools");
        }
        Backup.write(opened().dataSource(), target);
    }

    /**
     * The schema version of a backup file, read without changing it; empty when the file is not a License Desk
     * database.
     */
    public static Optional<String> schemaVersionOf(Path file) {
        return Migrations.versionOf(file);
    }

    /** The schema version after migrating: the newest migration applied. */
    public String schemaVersion() {
        return opened().schemaVersion();
    }

    /** The database server's time: the one clock desks on a shared database compare times by. */
    public Instant serverTime() {
        return opened().root().select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
    }

    /** The context for the current thread: the open transaction's, or the pool's. */
    DSLContext dsl() {
        return transactions.dsl();
    }

    /**
     * {@inheritDoc} A full disk or a server that cannot be reached fails it with {@link StorageTrouble}, said on every
     * screen in the user's words.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /**
     * Runs {@code action} as the last work of the current transaction, once however often it is asked for under the
     * same {@code key} (at once outside a transaction): for what several changes of one transaction each make stale,
     * such as an account's row in the directory's index.
     */
    void beforeCommit(String key, Runnable action) {
        transactions.beforeCommit(key, action);
    }

    /**
     * Runs {@code action} once the current transaction has committed (at once outside a transaction); never when it
     * rolls back. For telling others about data they can now read, such as mail for the sender.
     */
    public void afterCommit(Runnable action) {
        transactions.afterCommit(action);
    }

    /** The storage trouble this desk met last, until a later call showed it over. */
    public Optional<StorageTrouble.Kind> storageTrouble() {
        return troubles.current();
    }

    /**
     * {@code changed} runs each time the {@link #storageTrouble()} begins, changes or ends, on the thread that met it
     * (a background one): it should only hand the news on.
     */
    public void watchStorage(Runnable changed) {
        troubles.watch(changed);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (opening != null) {
                // Never opened, and now never will be.
                opening = null;
                opened.completeExceptionally(new IllegalStateException("The database was closed before it opened"));
            }
        }
        // Closed once open, also when still opening: whatever the opening makes is closed when it is done.
        opened.thenAccept(OpenDatabase::close);
    }
}
