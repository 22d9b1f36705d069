package com.licensedesk.store;

import com.licensedesk.change.Transactor;
import com.licensedesk.domain.StorageTrouble;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.licensedesk.files.OwnerOnly;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.tools.jdbc.JDBCUtils;
import org.sqlite.SQLiteConfig;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * The database: a connection pool, the schema brought up to date by Flyway from {@code sql/}, and the jOOQ context
 * that repositories use. The dialect follows the JDBC URL. On SQLite: one file, foreign keys on, WAL, a busy timeout,
 * and write transactions that take the write lock at BEGIN, so that two desks never deadlock on an upgrade.
 */
public final class Database implements Transactor, AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 15_000;
    /**
     * How long a call waits for a connection to a server before saying it cannot be reached (the pool's default is
     * 30 s); the driver's connect and login give up as soon. See
     * docs/decisions/storage-trouble-said-in-the-users-words.md.
     */
    private static final int SERVER_CONNECTION_TIMEOUT_MILLIS = 3_000;
    /** How long the pool waits for a check of an idle connection to the server before dropping it as dead. */
    private static final int SERVER_VALIDATION_TIMEOUT_MILLIS = 2_000;

    private final CompletableFuture<Opened> opened;
    private final ThreadLocal<DSLContext> inTransaction = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<Map<String, Runnable>> beforeCommit = new ThreadLocal<>();
    private final SQLDialect dialect;
    private final boolean isNew;
    private final StorageTroubles troubles;

    /** The pool once connected, the context on it and the schema version once migrated. */
    private record Opened(HikariDataSource dataSource, DSLContext root, String schemaVersion,
                          Optional<Checkpoints> checkpoints) {
        Opened checkpointed(Checkpoints checkpoints) {
            return new Opened(dataSource, root, schemaVersion, Optional.of(checkpoints));
        }

        void close() {
            checkpoints.ifPresent(Checkpoints::close);
            dataSource.close();
        }
    }

    private Database(SQLDialect dialect, boolean isNew, StorageTroubles troubles, CompletableFuture<Opened> opened) {
        this.dialect = dialect;
        this.isNew = isNew;
        this.troubles = troubles;
        this.opened = opened;
    }

    /** Connects and migrates; a desk that may not migrate checks that the schema is this version's. */
    private static Opened connect(HikariDataSource dataSource, SQLDialect dialect, boolean migrates,
                                  StorageTroubles troubles) {
        try {
            if (!migrates) {
                requireCurrentSchema(dataSource, dialect);
            }
            DSLContext root = DSL.using(new DefaultConfiguration().set(dataSource).set(dialect)
                    .set(troubles.listener()));
            return new Opened(dataSource, root, migrate(dataSource, dialect, root), Optional.empty());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The open database; a caller during a background opening waits for it, and gets its failure if it failed. */
    private Opened opened() {
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

    /**
     * A desk whose database user may not change the schema: it starts only on a schema this version knows, and tells
     * the IT person to run {@code license-desk db migrate} otherwise.
     */
    private static void requireCurrentSchema(DataSource dataSource, SQLDialect dialect) {
        int pending = flyway(dataSource, dialect).info().pending().length;
        if (pending > 0) {
            throw new SchemaBehind(pending);
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

    private static Flyway flyway(DataSource dataSource, SQLDialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_column", idColumn(dialect), "directory_order", directoryOrder(dialect)))
                .load();
    }

    /** True when an SQLite file has migrations this version does not know: a newer version wrote it. Read only. */
    static boolean writtenByANewerVersion(Path file) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return Arrays.stream(flyway(source, SQLDialect.SQLITE).info().all()).anyMatch(info ->
                info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED);
    }

    /** Brings the schema to this version and indexes the customers the directory does not know yet. */
    private static String migrate(DataSource dataSource, SQLDialect dialect, DSLContext root) {
        Flyway flyway = flyway(dataSource, dialect);
        flyway.migrate();
        int indexed = CustomerIndex.fillMissing(root);
        if (indexed > 0) {
            LoggerFactory.getLogger(Database.class).info("{} customers added to the directory's index", indexed);
        }
        // Read back, not taken from this desk's own run: desks starting at once may each apply part of the steps.
        return flyway.info().current().getVersion().getVersion();
    }

    /**
     * A consistent copy of the live database in {@code target}, with SQLite's online backup: safe while desks
     * write, which wait for the copy's short read lock at most. The copy is readable by its owner only. It is written
     * under a temporary name and takes its own only when complete: a backup cut off half-way (the machine switched
     * off) never passes for one.
     */
    public void backupTo(Path target) {
        requireSqlite();
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try (Connection connection = opened().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            createOwnerOnlyFolder(absolute.getParent());
            Files.deleteIfExists(partial);
            statement.executeUpdate("backup to " + quoted(partial));
            makeOwnerOnly(partial);
            withoutSecrets(partial);
            Files.move(partial, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("The backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The schema version of a backup file, read without changing it; empty when the file is not a License Desk
     * database.
     */
    public static Optional<String> schemaVersionOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version from flyway_schema_history"
                     + " where success = 1 and version is not null order by installed_rank desc limit 1")) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        } catch (SQLException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * A backup keeps no mail body that holds a secret: such mail still waiting is cancelled in the copy (its code
     * will have expired by the time anyone restores it), and the copy is vacuumed so no old page keeps the text.
     */
    private static void withoutSecrets(Path backup) throws SQLException {
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement()) {
            statement.executeUpdate("UPDATE outbox_mail SET body = '', state = CASE WHEN state = 'WAITING'"
                    + " THEN 'CANCELLED' ELSE state END WHERE holds_secret");
            statement.executeUpdate("VACUUM");
        }
    }

    /** True when this desk created the SQLite file now: it holds nothing yet that a setting or file must open. */
    public boolean isNew() {
        return isNew;
    }

    /** True for the embedded SQLite file, which this application backs up itself. */
    public boolean isSqlite() {
        return dialect.family() == SQLDialect.SQLITE;
    }

    private void requireSqlite() {
        if (!isSqlite()) {
            throw new IllegalStateException("Backups here are SQLite's; back up a shared database with its own tools");
        }
    }

    static String quoted(Path path) {
        String text = path.toString();
        if (text.contains("\"")) {
            throw new IllegalArgumentException("A backup path may not contain a double quote: " + text);
        }
        return "\"" + text + "\"";
    }

    /** Opens (creating if need be) the database at the JDBC URL and migrates it to the newest schema. */
    public static Database open(String jdbcUrl) {
        return open(new Connect(jdbcUrl, Optional.empty(), Optional.empty(), "license-desk"), true);
    }

    /**
     * How a desk reaches its database: the JDBC URL, and for a server the user and password (kept out of the URL, so
     * that neither `ps` nor a log shows them); {@code desk} names the connection pool, as the server lists it.
     */
    public record Connect(String jdbcUrl, Optional<String> user, Optional<String> password, String desk,
                          boolean migrates) {
        public Connect(String jdbcUrl, Optional<String> user, Optional<String> password, String desk) {
            this(jdbcUrl, user, password, desk, true);
        }

        @Override
        public String toString() {
            return "Connect[" + jdbcUrl + ", user " + user.orElse("-") + "]";
        }
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
        return open(new Connect(jdbcUrl, Optional.empty(), Optional.empty(), "license-desk"), durable);
    }

    /** Opens as {@link #open(String)} does, with {@code checkpointer} running the WAL's checkpoints: for their test. */
    static Database open(String jdbcUrl, Executor checkpointer) {
        return open(new Connect(jdbcUrl, Optional.empty(), Optional.empty(), "license-desk"), true,
                source -> new Checkpoints(source, checkpointer));
    }

    private static Database open(Connect connect, boolean durable) {
        return open(connect, durable, ownCheckpoints(connect));
    }

    private static Database open(Connect connect, boolean durable, Function<DataSource, Checkpoints> checkpoints) {
        SQLDialect dialect = JDBCUtils.dialect(connect.jdbcUrl());
        StorageTroubles troubles = troubles(connect.jdbcUrl());
        return new Database(dialect, isNewFile(connect.jdbcUrl()), troubles,
                CompletableFuture.completedFuture(connect(connect, durable, dialect, troubles, checkpoints)));
    }

    private static Function<DataSource, Checkpoints> ownCheckpoints(Connect connect) {
        return source -> Checkpoints.onOwnThread(source, connect.desk());
    }

    private static StorageTroubles troubles(String jdbcUrl) {
        Path file = jdbcUrl.startsWith("jdbc:sqlite:") ? sqliteFile(jdbcUrl) : null;
        return new StorageTroubles(Optional.ofNullable(file).map(each -> each.toAbsolutePath().getParent()));
    }

    /**
     * Opens the database as {@link #open(Connect)} does, on a thread of its own: returns at once, and whoever uses it
     * first waits until it is open (a window shows its first screen meanwhile). {@link #awaitOpen()} says how it went.
     * Meanwhile no other thread may build jOOQ query parts before calling {@link #dsl()}: jOOQ registers its data
     * types as its classes initialise, and a part made on another thread at that moment (a static {@code count()})
     * fails to find its type. The store makes such parts in its methods, after {@code dsl()}.
     */
    public static Database openInBackground(Connect connect) {
        SQLDialect dialect = JDBCUtils.dialect(connect.jdbcUrl());
        boolean isNew = isNewFile(connect.jdbcUrl());
        StorageTroubles troubles = troubles(connect.jdbcUrl());
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(connect(connect, true, dialect, troubles, ownCheckpoints(connect)));
            } catch (Throwable failure) {
                opening.completeExceptionally(failure);
            }
        }, "license-desk-database-open");
        thread.setDaemon(true);
        thread.start();
        return new Database(dialect, isNew, troubles, opening);
    }

    private static boolean isNewFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            return false;
        }
        Path file = sqliteFile(jdbcUrl);
        return file == null || !Files.exists(file);
    }

    private static Opened connect(Connect connect, boolean durable, SQLDialect dialect, StorageTroubles troubles,
                                  Function<DataSource, Checkpoints> checkpoints) {
        String jdbcUrl = connect.jdbcUrl();
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("license-desk " + connect.desk());
        if (dialect.family() == SQLDialect.SQLITE) {
            Path file = sqliteFile(jdbcUrl);
            if (file != null) {
                createOwnerOnlyFolder(file.toAbsolutePath().getParent());
            }
            pool.setDataSource(sqlite(jdbcUrl, durable));
            pool.setMaximumPoolSize(4);
            Opened opened = connect(firstConnection(pool), dialect, connect.migrates(), troubles);
            if (file != null) {
                opened = opened.checkpointed(checkpoints.apply(opened.dataSource()));
                // WAL mode keeps recent writes in the -wal file beside the database: it needs the same protection.
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Path part = file.resolveSibling(file.getFileName() + suffix);
                    if (Files.exists(part)) {
                        makeOwnerOnly(part);
                    }
                }
            }
            return opened;
        }
        // A shared server: a small pool per desk (design.md), so that many desks fit PostgreSQL's 100 connections.
        pool.setJdbcUrl(jdbcUrl);
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
        return connect(new HikariDataSource(pool), dialect, connect.migrates(), troubles);
    }

    private static DataSource sqlite(String jdbcUrl, boolean durable) {
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

    /** The directory's order index: on SQLite it covers the searched text (see V9). */
    private static String directoryOrder(SQLDialect dialect) {
        return dialect.family() == SQLDialect.SQLITE ? "sort_key, account_id, search_text" : "sort_key, account_id";
    }

    private static String idColumn(SQLDialect dialect) {
        return dialect.family() == SQLDialect.SQLITE
                ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    /** The file of a {@code jdbc:sqlite:} URL, or null for an in-memory database. */
    static Path sqliteFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file::memory:")) {
            return null;
        }
        return Path.of(rest.startsWith("file:") ? rest.substring("file:".length()) : rest);
    }

    static void createOwnerOnlyFolder(Path folder) {
        if (folder != null) {
            OwnerOnly.folder(folder);
        }
    }

    /** The database holds password hashes and customers' addresses: readable by its owner only. */
    static void makeOwnerOnly(Path path) {
        OwnerOnly.file(path);
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

    /** The context for the current thread: the open transaction's, or the pool's. */
    DSLContext dsl() {
        DSLContext current = inTransaction.get();
        return current != null ? current : opened().root();
    }

    /** The database server's time: the one clock desks on a shared database compare times by. */
    public Instant serverTime() {
        return opened().root().select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
    }

    /** The schema version after migrating: the newest migration applied. */
    public String schemaVersion() {
        return opened().schemaVersion();
    }

    /**
     * {@inheritDoc} A full disk or a server that cannot be reached fails it with {@link StorageTrouble}, said on every
     * screen in the user's words.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransaction.get() != null) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        T result;
        boolean done = false;
        troubles.transactionBegins();
        try {
            result = onOneConnection(opened().root(), dsl -> dsl.transactionResult(configuration -> {
                inTransaction.set(configuration.dsl());
                afterCommit.set(committed);
                Map<String, Runnable> last = new LinkedHashMap<>();
                beforeCommit.set(last);
                try {
                    T answer = work.get();
                    last.values().forEach(Runnable::run);
                    return answer;
                } finally {
                    inTransaction.remove();
                    afterCommit.remove();
                    beforeCommit.remove();
                }
            }));
            done = true;
        } catch (RuntimeException failure) {
            // The begin and the commit are outside any statement, so outside the listener that translates.
            throw troubles.translated(failure);
        } finally {
            troubles.transactionEnded(done);
        }
        opened().checkpoints().ifPresent(Checkpoints::committed);
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * {@code work} on one connection of the pool, taken first: jOOQ, left to take it, waits once more for one to roll
     * back on when none came, and a server gone would take twice as long to say. A failure to give the connection back
     * after {@code work} failed (SQLite may have rolled back itself) does not hide why it failed.
     */
    private static <T> T onOneConnection(DSLContext root, Function<DSLContext, T> work) {
        ConnectionProvider pool = root.configuration().connectionProvider();
        Connection connection = pool.acquire();
        T result;
        try {
            result = work.apply(root.configuration().derive(connection).dsl());
        } catch (RuntimeException | Error failure) {
            try {
                pool.release(connection);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        pool.release(connection);
        return result;
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

    /**
     * Runs {@code action} as the last work of the current transaction, once however often it is asked for under the
     * same {@code key} (at once outside a transaction): for what several changes of one transaction each make stale,
     * such as an account's row in the directory's index.
     */
    void beforeCommit(String key, Runnable action) {
        Map<String, Runnable> last = beforeCommit.get();
        if (last == null) {
            action.run();
        } else {
            last.putIfAbsent(key, action);
        }
    }

    /**
     * Runs {@code action} once the current transaction has committed (at once outside a transaction); never when it
     * rolls back. For telling others about data they can now read, such as mail for the sender.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> hooks = afterCommit.get();
        if (hooks == null) {
            action.run();
        } else {
            hooks.add(action);
        }
    }

    @Override
    public void close() {
        // Closed once open, also when still opening: whatever the opening makes is closed when it is done.
        opened.thenAccept(Opened::close);
    }
}
