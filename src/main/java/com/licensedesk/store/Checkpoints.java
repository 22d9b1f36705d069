package com.licensedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Moves SQLite's WAL checkpoints off the commit path. A checkpoint copies the WAL's pages into the database and syncs
 * it; made by the commit that passes SQLite's threshold (a thousand pages), it made one commit in a hundred several
 * times slower than the others. A thread of the database's own makes a PASSIVE checkpoint, which never makes a writer
 * wait, a moment after commits, so at a desk's pace the WAL starts over long before a threshold. The connections' own
 * threshold is raised to {@link #SAFETY_NET_FRAMES} rather than switched off: commits that follow each other faster
 * than the thread copies (sending the day's reminders, a restore) still checkpoint as they pass it, which keeps the WAL
 * bounded.
 */
final class Checkpoints implements AutoCloseable {
    /** After commits, the checkpoint waits this long for more: one checkpoint for a burst of them. */
    private static final long PAUSE_MILLIS = 200;
    /** The connections' wal_autocheckpoint: pages (about 16 MB) past which a commit checkpoints after all. */
    static final int SAFETY_NET_FRAMES = 4_000;

    private final DataSource source;
    /** Runs a checkpoint asked for: on the database's own thread after the pause, or when a test says so. */
    private final Executor checkpointer;
    private final Runnable stop;
    /** A checkpoint is asked for and has not started: later commits wait for the same one. */
    private final AtomicBoolean asked = new AtomicBoolean();

    /** Checkpoints on a thread of their own, {@link #PAUSE_MILLIS} after the commit that asks for one. */
    static Checkpoints onOwnThread(DataSource source, String name) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread checkpoints = new Thread(work, "license-desk-checkpoints " + name);
            checkpoints.setDaemon(true);
            return checkpoints;
        });
        return new Checkpoints(source, work -> thread.schedule(work, PAUSE_MILLIS, TimeUnit.MILLISECONDS), () -> {
            thread.shutdownNow();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** {@code checkpointer} runs each checkpoint asked for, when it likes; closing leaves it be. */
    Checkpoints(DataSource source, Executor checkpointer) {
        this(source, checkpointer, () -> { });
    }

    private Checkpoints(DataSource source, Executor checkpointer, Runnable stop) {
        this.source = source;
        this.checkpointer = checkpointer;
        this.stop = stop;
    }

    /** A transaction committed: the WAL has grown. Never checkpoints itself. */
    void committed() {
        if (asked.compareAndSet(false, true)) {
            try {
                checkpointer.execute(this::checkpoint);
            } catch (RejectedExecutionException closing) {
                // The database is closing: SQLite checkpoints as its last connection closes.
            }
        }
    }

    private void checkpoint() {
        // Cleared first: a commit during this checkpoint asks for the next one.
        asked.set(false);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException | RuntimeException e) {
            // Tried again after the next commit; the WAL keeps every commit meanwhile.
            LoggerFactory.getLogger(Checkpoints.class).warn("A WAL checkpoint failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        stop.run();
    }
}
