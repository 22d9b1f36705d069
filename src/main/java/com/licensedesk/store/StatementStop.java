package com.licensedesk.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the statements of one piece of read work half-way when asked: the statement running is cancelled through JDBC
 * (sqlite-jdbc interrupts it with {@code sqlite3_interrupt}, PostgreSQL's driver sends the server a cancel request),
 * and none starts after. Either way the work ends with a {@link CancellationException}; the connection goes back to
 * the pool as usable as before. Only a statement between its execution and the end of its rows is cancelled: SQLite
 * interrupts a whole connection, which once released may be running another thread's statement.
 */
final class StatementStop implements ExecuteListener {
    private static final Logger LOG = LoggerFactory.getLogger(StatementStop.class);
    private boolean stopped;
    private Statement running;

    /**
     * Runs {@code work} with a context on {@code dsl} whose statements this stops; its failure after a stop, the
     * interrupted statement's, becomes the cancellation.
     */
    <T> T run(DSLContext dsl, Function<DSLContext, T> work) {
        if (isStopped()) {
            throw new CancellationException("Stopped before it ran"); // not even a connection taken from the pool
        }
        try {
            return work.apply(dsl.configuration().deriveAppending(this).dsl());
        } catch (RuntimeException failure) {
            if (isStopped() && !(failure instanceof CancellationException)) {
                CancellationException cancelled = new CancellationException("Stopped while it ran");
                cancelled.initCause(failure);
                throw cancelled;
            }
            throw failure;
        } finally {
            end();
        }
    }

    /** Stops the work: the statement running now is cancelled, and the next one does not start. */
    synchronized void stop() {
        stopped = true;
        if (running != null) {
            try {
                running.cancel();
            } catch (SQLException failure) {
                // The statement ends on its own; its answer is not wanted.
                LOG.debug("A statement could not be cancelled", failure);
            }
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    /** A stop after the work ended touches no statement: the connection may be another thread's by then. */
    private synchronized void end() {
        running = null;
    }

    @Override
    public synchronized void executeStart(ExecuteContext ctx) {
        if (stopped) {
            throw new CancellationException("Stopped before it ran");
        }
        running = ctx.statement();
    }

    @Override
    public synchronized void executeEnd(ExecuteContext ctx) {
        if (ctx.resultSet() == null) {
            running = null; // no rows to read: it is over
        }
    }

    @Override
    public synchronized void fetchEnd(ExecuteContext ctx) {
        running = null;
    }

    @Override
    public synchronized void exception(ExecuteContext ctx) {
        running = null;
    }
}
