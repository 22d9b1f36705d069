package com.licensedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Moves SQLite's WAL checkpoints off the commit path. A checkpoint copies the WAL's pages into the database and syncs
 * it; made by the commit that passes SQLite's threshold (a thousand pages), it made one commit in a hundred several
 * times slower than the others. This thread makes a PASSIVE checkpoint, which never makes a writer wait, a moment
 * after commits, so at a desk's pace the WAL starts over long before a threshold. The connections' own threshold is
 * raised to {@link #SAFETY_NET_FRAMES} rather than switched off: commits that follow each other faster than the thread
 * copies (sending the day's reminders, a restore) still checkpoint as they pass it, which keeps the WAL bounded.
 */
final class Checkpoints implements AutoCloseable {
    /** After commits, the checkpoint waits this long for more: one checkpoint for a burst of them. */
    private static final long PAUSE_MILLIS = 200;
    /** The connections' wal_autocheckpoint: pages (about 16 MB) past which a commit checkpoints after all. */
    static final int SAFETY_NET_FRAMES = 4_000;

    private final DataSource source;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean committed;
    private volatile boolean closed;

    Checkpoints(DataSource source, String name) {
        this.source = source;
        this.thread = new Thread(this::run, "license-desk-checkpoints " + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A transaction committed: the WAL has grown. */
    void committed() {
        synchronized (signal) {
            committed = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (!closed) {
            try {
                synchronized (signal) {
                    while (!committed && !closed) {
                        signal.wait();
                    }
                    committed = false;
                }
                Thread.sleep(PAUSE_MILLIS);
                if (!closed) {
                    checkpoint();
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                // Tried again after the next commit; the WAL keeps every commit meanwhile.
                LoggerFactory.getLogger(Checkpoints.class).warn("A WAL checkpoint failed: {}", e.getMessage());
            }
        }
    }

    private void checkpoint() throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
