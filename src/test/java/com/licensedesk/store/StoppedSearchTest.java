package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.licensedesk.directory.Cancellation;
import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.directory.Directory;
import com.licensedesk.domain.SearchText;
import com.licensedesk.testing.TestDesk;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 顧客一覧's search stopped by whoever asked for it: before it runs or while its statement runs, it ends with the
 * cancellation, and the connection serves the next search as before.
 */
class StoppedSearchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final int BOUND_SECONDS = 60;
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final AtomicReference<Runnable> stop = new AtomicReference<>();
    private Directory directory;
    private long tanaka;

    @BeforeEach
    void open() {
        tanaka = desk.registeredCustomer();
        directory = desk.store().repositories.directory();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private List<Long> found(Cancellation cancellation) {
        return directory.search(SearchText.terms("サンプル"), 50, TODAY, cancellation).stream()
                .map(CustomerSummary::accountId).toList();
    }

    @Test
    void aSearchStoppedBeforeItRunsEndsWithTheCancellation() {
        assertThatThrownBy(() -> found(Runnable::run)).isInstanceOf(CancellationException.class);
        assertThat(found(stop::set)).containsExactly(tanaka);
        stop.get().run();
        assertThat(found(stop::set)).as("a stop after the search ended touches nothing").containsExactly(tanaka);
    }

    @Test
    void onSqliteAStatementStoppedWhileItRunsEndsWithTheCancellationAndItsConnectionSearchesOn() {
        assumeFalse(TestStore.onPostgres());
        Database database = desk.store().database;
        // One transaction holds one connection: the search runs on it, and on it SQLite's progress handler stops
        // the search from inside its statement's step (the handler is also called as a statement is prepared).
        database.inTransaction(() -> {
            Connection connection = database.dsl().configuration().connectionProvider().acquire();
            try {
                SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
                ProgressHandler.setHandler(sqlite, 1, new ProgressHandler() {
                    @Override
                    protected int progress() {
                        if (stepping()) {
                            stop.get().run();
                        }
                        return 0; // going on: the stop interrupts it
                    }
                });
                assertThatThrownBy(() -> found(stop::set)).isInstanceOf(CancellationException.class)
                        .rootCause().hasMessageContaining("SQLITE_INTERRUPT");
                ProgressHandler.clearHandler(sqlite);
                assertThat(found(stop::set)).as("the same connection").containsExactly(tanaka);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertThat(found(stop::set)).containsExactly(tanaka);
    }

    private static boolean stepping() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame -> frame.getMethodName().equals("step")
                && frame.getClassName().equals("org.sqlite.core.NativeDB")));
    }

    @Test
    void onPostgresqlAStatementStoppedWhileItWaitsEndsWithTheCancellationAndTheNextSearchGoesThrough()
            throws Exception {
        assumeTrue(TestStore.onPostgres());
        TestStore store = desk.store();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch unlock = new CountDownLatch(1);
        // Another desk's transaction holds the index: the search's statement waits on the server until stopped.
        Future<?> locker = threads.submit(() -> store.database.inTransaction(() -> {
            store.execute("LOCK TABLE customer_index IN ACCESS EXCLUSIVE MODE");
            locked.countDown();
            try {
                unlock.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(locked.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        Future<List<Long>> search = threads.submit(() -> found(stop::set));
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, () -> ((Number) store.value(
                "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and query like '%customer_index%'")).intValue() == 1);

        stop.get().run();

        assertThatThrownBy(() -> search.get(BOUND_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CancellationException.class)
                .rootCause().hasMessageContaining("canceling statement due to user request");
        unlock.countDown();
        locker.get(BOUND_SECONDS, TimeUnit.SECONDS);
        for (int each = 0; each < 8; each++) {
            assertThat(found(stop::set)).as("every connection of the pool").containsExactly(tanaka);
        }
    }
}
