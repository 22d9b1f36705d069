package com.licensedesk.store;

import com.licensedesk.change.Transactor;
import com.licensedesk.domain.StorageTrouble;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;

/**
 * The transactions, one a thread: the jOOQ context a repository call uses (the open transaction's, or the pool's), the
 * work each transaction runs last and the work that waits for its commit. A failure to begin or to commit is told as
 * {@link StorageTrouble} when it is one, as a failed statement is.
 */
final class Transactions implements Transactor {
    private final Supplier<DSLContext> pool;
    private final StorageTroubles troubles;
    private final Runnable committed;
    private final ThreadLocal<DSLContext> inTransaction = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<Map<String, Runnable>> beforeCommit = new ThreadLocal<>();

    /**
     * {@code pool}: the context on the pool, asked for when first needed (a database opening in the background waits
     * for it then); {@code committed} runs after each commit, before the work that waited for it.
     */
    Transactions(Supplier<DSLContext> pool, StorageTroubles troubles, Runnable committed) {
        this.pool = pool;
        this.troubles = troubles;
        this.committed = committed;
    }

    /** The context for the current thread: the open transaction's, or the pool's. */
    DSLContext dsl() {
        DSLContext current = inTransaction.get();
        return current != null ? current : pool.get();
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
        List<Runnable> waiting = new ArrayList<>();
        T result;
        boolean done = false;
        troubles.transactionBegins();
        try {
            result = onOneConnection(pool.get(), dsl -> dsl.transactionResult(configuration -> {
                inTransaction.set(configuration.dsl());
                afterCommit.set(waiting);
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
        committed.run();
        waiting.forEach(Runnable::run);
        return result;
    }

    /**
     * {@code work} on one connection of the pool, taken first: jOOQ, left to take it, waits once more for one to roll
     * back on when none came, and a server gone would take twice as long to say. A failure to give the connection back
     * after {@code work} failed (SQLite may have rolled back itself) does not hide why it failed.
     */
    private static <T> T onOneConnection(DSLContext root, Function<DSLContext, T> work) {
        ConnectionProvider connections = root.configuration().connectionProvider();
        Connection connection = connections.acquire();
        T result;
        try {
            result = work.apply(root.configuration().derive(connection).dsl());
        } catch (RuntimeException | Error failure) {
            try {
                connections.release(connection);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        connections.release(connection);
        return result;
    }

    /**
     * Runs {@code action} as the last work of the current transaction, once however often it is asked for under the
     * same {@code key} (at once outside a transaction).
     */
    void beforeCommit(String key, Runnable action) {
        Map<String, Runnable> last = beforeCommit.get();
        if (last == null) {
            action.run();
        } else {
            last.putIfAbsent(key, action);
        }
    }

    /** Runs {@code action} once the current transaction has committed (at once outside one); never if it rolls back. */
    void afterCommit(Runnable action) {
        List<Runnable> hooks = afterCommit.get();
        if (hooks == null) {
            action.run();
        } else {
            hooks.add(action);
        }
    }
}
