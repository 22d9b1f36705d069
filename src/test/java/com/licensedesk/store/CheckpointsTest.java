package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The database's own thread checkpoints the WAL after commits, and the WAL stays bounded: 8,000 commits of a page each,
 * one right after another (32 MB), faster than the thread copies, never make it larger than some 16 MB; at a desk's
 * pace the thread alone keeps it small; once the commits stop, it is copied into the database entirely.
 */
@Tag("sqlite-only")
class CheckpointsTest {
    @TempDir Path folder;

    @Test
    void theWalStaysBoundedWithoutACheckpointInAnyCommit() throws Exception {
        Path file = folder.resolve("license-desk.db");
        Path wal = folder.resolve("license-desk.db-wal");
        try (TestStore store = new TestStore(Database.open("jdbc:sqlite:" + file))) {
            store.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, page BLOB)");
            long largest = 0;
            for (int i = 0; i < 8_000; i++) {
                int row = i;
                store.database.inTransaction(() -> {
                    store.database.dsl().execute("INSERT INTO filler (id, page) VALUES (?, randomblob(4000))", row);
                    return null;
                });
                largest = Math.max(largest, Files.size(wal));
            }
            // Bounded near Checkpoints.SAFETY_NET_FRAMES pages (16 MB): commits this fast checkpoint as they pass it.
            assertThat(largest).as("the WAL at its largest, after 16 MB of commits one right after another")
                    .isLessThan(24L << 20);
            // Once quiet, the thread copies what is left: a checkpoint now finds every frame already in place.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                Object[] answer = store.database.dsl().fetchOne("PRAGMA wal_checkpoint(PASSIVE)").intoArray();
                return ((Number) answer[1]).intValue() == ((Number) answer[2]).intValue();
            });
            assertThat(store.rows("filler")).isEqualTo(8_000);

            // A desk's pace: a commit every few milliseconds, and the thread's checkpoints let the WAL start over.
            long before = Files.size(wal);
            for (int i = 0; i < 300; i++) {
                int row = 10_000 + i;
                store.database.inTransaction(() -> {
                    store.database.dsl().execute("INSERT INTO filler (id, page) VALUES (?, randomblob(4000))", row);
                    return null;
                });
                Thread.sleep(5);
            }
            Object[] now = store.database.dsl().fetchOne("PRAGMA wal_checkpoint(PASSIVE)").intoArray();
            assertThat(((Number) now[1]).intValue()).as("pages in the WAL since it last started over")
                    .isLessThan(300);
            assertThat(Files.size(wal)).as("the WAL file, reused from its start").isLessThanOrEqualTo(before);
        }
    }
}
