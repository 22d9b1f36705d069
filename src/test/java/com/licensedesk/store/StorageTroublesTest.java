package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.licensedesk.domain.StorageTrouble;
import com.licensedesk.testing.Postgres;
import com.licensedesk.testing.SilenceableRelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A full disk and a lost server, told apart from other failures by the store and remembered until over. */
class StorageTroublesTest {
    @TempDir Path folder;

    @Test
    void theDriversWaysOfSayingItAreSortedIntoTheTwoTroubles() {
        StorageTroubles troubles = new StorageTroubles(Optional.empty());

        assertThat(troubles.kindOf(jooq(new SQLiteException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)", SQLiteErrorCode.SQLITE_FULL))))
                .hasValue(StorageTrouble.Kind.DISK_FULL);
        assertThat(troubles.kindOf(new UncheckedIOException(new IOException("No space left on device"))))
                .hasValue(StorageTrouble.Kind.DISK_FULL);
        assertThat(troubles.kindOf(jooq(new PSQLException("could not extend file: No space left on device",
                PSQLState.UNKNOWN_STATE)))).as("a message alone does not make it").isEmpty();
        assertThat(troubles.kindOf(jooq(new SQLException("could not extend file \"base/16384/16385\"", "53100"))))
                .hasValue(StorageTrouble.Kind.DISK_FULL);

        assertThat(troubles.kindOf(jooq(new SQLTransientConnectionException(
                "license-desk desk-1 - Connection is not available, request timed out after 3000ms"))))
                .hasValue(StorageTrouble.Kind.DATABASE_UNREACHABLE);
        assertThat(troubles.kindOf(jooq(new PSQLException("Connection to localhost:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT)))).hasValue(StorageTrouble.Kind.DATABASE_UNREACHABLE);
        assertThat(troubles.kindOf(jooq(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE)))).hasValue(StorageTrouble.Kind.DATABASE_UNREACHABLE);
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(troubles.kindOf(jooq(new SQLException("terminating connection", state)))).as(state)
                    .hasValue(StorageTrouble.Kind.DATABASE_UNREACHABLE);
        }

        assertThat(troubles.kindOf(jooq(new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isEmpty();
        assertThat(troubles.kindOf(jooq(new SQLiteException("[SQLITE_BUSY] The database file is locked",
                SQLiteErrorCode.SQLITE_BUSY)))).isEmpty();
        assertThat(troubles.kindOf(jooq(new SQLiteException("[SQLITE_IOERR_WRITE] disk I/O error",
                SQLiteErrorCode.SQLITE_IOERR_WRITE)))).as("no folder whose free space would tell").isEmpty();
        assertThat(troubles.kindOf(new IllegalStateException("something else"))).isEmpty();
    }

    @Test
    @Tag("sqlite-only") // SQLite's page limit stands in for the disk
    void aFileThatCannotGrowIsADiskFullUntilAWriteCommits() {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("license-desk.db"))) {
            TestStore store = new TestStore(database);
            AtomicInteger told = new AtomicInteger();
            database.watchStorage(told::incrementAndGet);
            store.execute("CREATE TABLE filler (content BLOB)");

            assertThatThrownBy(() -> database.inTransaction(() -> {
                // On this connection the file may not grow by a page: a megabyte needs hundreds.
                store.value("PRAGMA max_page_count = " + store.value("PRAGMA page_count"));
                store.execute("INSERT INTO filler VALUES (randomblob(1000000))");
            })).isInstanceOfSatisfying(StorageTrouble.class, trouble -> {
                assertThat(trouble.kind()).isEqualTo(StorageTrouble.Kind.DISK_FULL);
                assertThat(trouble).hasRootCauseInstanceOf(SQLiteException.class)
                        .hasMessageContaining("database or disk is full");
            });
            assertThat(database.storageTrouble()).hasValue(StorageTrouble.Kind.DISK_FULL);
            assertThat(store.rows("filler")).as("nothing written").isZero();

            assertThat(store.rows("account")).as("reads go on working on a full disk").isZero();
            assertThat(database.storageTrouble()).as("and say nothing of it").hasValue(StorageTrouble.Kind.DISK_FULL);

            database.inTransaction(() -> store.execute("INSERT INTO filler VALUES (x'00')"));
            assertThat(database.storageTrouble()).as("a write went through").isEmpty();
            assertThat(told).as("told when it began and when it ended").hasValue(2);
        }
    }

    @Test
    void aLostConnectionIsUnreachableUntilACallGoesThrough() {
        try (TestStore store = new TestStore(folder)) {
            AtomicInteger told = new AtomicInteger();
            store.database.watchStorage(told::incrementAndGet);
            RuntimeException lost = jooq(new SQLTransientConnectionException(
                    "license-desk desk-1 - Connection is not available, request timed out after 3000ms"));

            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> store.database.inTransaction(() -> {
                    store.accounts.count();
                    throw lost;
                })).isInstanceOfSatisfying(StorageTrouble.class, trouble -> assertThat(trouble.kind())
                        .isEqualTo(StorageTrouble.Kind.DATABASE_UNREACHABLE)).hasCause(lost);
            }
            assertThat(store.database.storageTrouble()).hasValue(StorageTrouble.Kind.DATABASE_UNREACHABLE);
            assertThat(told).as("told once, however often it is met").hasValue(1);

            store.accounts.count();

            assertThat(store.database.storageTrouble()).isEmpty();
            assertThat(told).hasValue(2);
        }
    }

    @Test
    void aServerThatStopsAnsweringCannotBeReached() throws IOException {
        assumeTrue(TestStore.onPostgres(), "the PostgreSQL run");
        Matcher server = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)").matcher(Postgres.newDatabase());
        assertThat(server.matches()).isTrue();
        try (SilenceableRelay relay = new SilenceableRelay(server.group(1), Integer.parseInt(server.group(2)))) {
            Database database = openCheckingEveryConnection(
                    "jdbc:postgresql://localhost:" + relay.port() + server.group(3));
            try (TestStore store = new TestStore(database)) {
                assertThat(store.accounts.count()).isZero();

                relay.silence();

                assertThatThrownBy(() -> database.inTransaction(() -> store.accounts.count()))
                        .isInstanceOfSatisfying(StorageTrouble.class, trouble -> assertThat(trouble.kind())
                                .isEqualTo(StorageTrouble.Kind.DATABASE_UNREACHABLE));
                assertThatThrownBy(() -> store.accounts.count()).as("outside a transaction too")
                        .isInstanceOfSatisfying(StorageTrouble.class, trouble -> assertThat(trouble.kind())
                                .isEqualTo(StorageTrouble.Kind.DATABASE_UNREACHABLE));
                assertThat(database.storageTrouble()).hasValue(StorageTrouble.Kind.DATABASE_UNREACHABLE);
            }
        }
    }

    /**
     * The pool checks a connection before handing it out only when it was idle for half a second; a person types for
     * longer than that between two saves, a test does not. This pool checks every time.
     */
    private static Database openCheckingEveryConnection(String jdbcUrl) {
        String property = "com.zaxxer.hikari.aliveBypassWindowMs";
        System.setProperty(property, "-1");
        try {
            return Database.open(jdbcUrl);
        } finally {
            System.clearProperty(property);
        }
    }

    /** {@code cause} as jOOQ hands it on. */
    private static DataAccessException jooq(SQLException cause) {
        return new DataAccessException("SQL [...]; " + cause.getMessage(), cause);
    }
}
