package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WAL checkpoints are the checkpointer's work, never a commit's: commits only append to the WAL, and once the
 * checkpointer has run, the next commit writes it from its start again. Commits faster than the checkpointer still
 * keep it bounded, by the connections' safety net. The tests run the checkpoints themselves, so nothing here depends
 * on how fast the database's own thread keeps up; one test waits for that thread, on the WAL starting over.
 */
@Tag("sqlite-only")
class CheckpointsTest {
    /** A page of the database and the header of its frame in the WAL. */
    private static final long FRAME_BYTES = 4096 + 24;
    @TempDir Path folder;

    @Test
    void commitsOnlyAppendToTheWalAndTheCheckpointerLetsItStartOver() throws Exception {
        HeldCheckpoints checkpointer = new HeldCheckpoints();
        try (TestStore store = new TestStore(Database.open("jdbc:sqlite:" + file(), checkpointer))) {
            startEmpty(store, checkpointer);

            // More pages than SQLite's own threshold (1,000), fewer than the safety net: no commit checkpoints.
            long size = Files.size(wal());
            for (int i = 0; i < 600; i++) {
                insert(store, i);
                long now = Files.size(wal());
                assertThat(now).as("the WAL after commit %d: appended to, not started over", i).isGreaterThan(size);
                size = now;
            }
            assertThat(size / FRAME_BYTES).as("pages in the WAL").isBetween(1_000L, (long) Checkpoints.SAFETY_NET_FRAMES);
            assertThat(checkpointer.waiting()).as("one checkpoint asked for, the later commits wait for it").isOne();

            // At a desk's pace the checkpointer runs between commits: the WAL is written from its start each time.
            checkpointer.run();
            for (int i = 600; i < 1_200; i++) {
                insert(store, i);
                assertThat(Files.size(wal())).as("the WAL after commit %d", i).isEqualTo(size);
                if (i % 50 == 49) {
                    checkpointer.run();
                }
            }
            assertThat(store.rows("filler")).isEqualTo(1_200);
        }
    }

    @Test
    void commitsFasterThanTheCheckpointerKeepTheWalBoundedByTheSafetyNet() throws Exception {
        HeldCheckpoints never = new HeldCheckpoints();
        try (TestStore store = new TestStore(Database.open("jdbc:sqlite:" + file(), never))) {
            startEmpty(store, never);
            // A commit writes its page and index pages: some 9,000 pages in all, twice the safety net and more.
            long largest = 0;
            for (int i = 0; i < Checkpoints.SAFETY_NET_FRAMES * 3 / 4; i++) {
                insert(store, i);
                largest = Math.max(largest, Files.size(wal()));
            }
            assertThat(never.waiting()).as("the checkpoint asked for, never run").isOne();
            assertThat(largest).as("the WAL at its largest, without a checkpointer")
                    .isLessThan(Checkpoints.SAFETY_NET_FRAMES * FRAME_BYTES * 5 / 4);
        }
    }

    @Test
    void theDatabasesOwnThreadCheckpointsAMomentAfterCommits() throws Exception {
        try (TestStore store = new TestStore(Database.open("jdbc:sqlite:" + file()))) {
            store.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, page BLOB)");
            int[] row = {0};
            // However slow the thread is: a commit after its checkpoint does not make the WAL any larger.
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                long before = Files.size(wal());
                insert(store, row[0]++);
                return Files.size(wal()) <= before;
            });
        }
    }

    /** The filler table, and a WAL truncated to nothing: each commit appends until the WAL starts over. */
    private static void startEmpty(TestStore store, HeldCheckpoints checkpointer) {
        store.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, page BLOB)");
        checkpointer.run();
        store.database.dsl().fetchOne("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static void insert(TestStore store, int row) {
        store.database.inTransaction(() -> {
            store.database.dsl().execute("INSERT INTO filler (id, page) VALUES (?, randomblob(4000))", row);
            return null;
        });
    }

    private Path file() {
        return folder.resolve("license-desk.db");
    }

    private Path wal() {
        return folder.resolve("license-desk.db-wal");
    }

    /** Keeps the checkpoints asked for until the test runs them. */
    private static final class HeldCheckpoints implements Executor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable checkpoint) {
            held.add(checkpoint);
        }

        synchronized void run() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }

        synchronized int waiting() {
            return held.size();
        }
    }
}
