package com.licensedesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of the embedded database each day in {@code backups/} of the data directory; the newest 7 are kept. A job of
 * the desk's daily work: the composition root decides when it runs.
 */
public final class DailyBackups {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackups.class);
    static final int KEEP = 7;
    private static final String PREFIX = "license-desk-";
    private static final String SUFFIX = ".db";

    private final Database database;
    private final Path folder;
    private final Clock clock;

    public DailyBackups(Database database, Path folder, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
    }

    /** Takes today's backup unless there is one, then removes all but the newest {@value #KEEP}. */
    public void runIfDue() {
        Path today = folder.resolve(PREFIX + LocalDate.now(clock) + SUFFIX);
        if (!Files.exists(today)) {
            database.backupTo(today);
            LOG.info("Daily backup written to {}", today);
        }
        List<Path> backups = list();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the old backup " + old, e);
            }
        }
    }

    /** The daily backups, oldest first (their names sort by date). */
    List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder, e);
        }
    }
}
