package com.licensedesk.store;

import com.licensedesk.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Restore of a backup into the embedded database, never half done. The backup is copied beside the live file and the
 * copy is migrated and checked; only then is the live database kept as {@code pre-restore-<time>.db} and replaced in
 * one step (SQLite's online backup writes the whole file in one transaction). Any failure before that leaves the live
 * database as it was. The live database is never opened through Flyway here, so a live file that no longer migrates
 * can still be restored over.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What a restore came to. */
    public sealed interface Outcome {
        /** Restored; the replaced database is kept at {@code kept} (empty when there was none). */
        record Done(String backupVersion, String schemaVersion, Optional<Path> kept) implements Outcome {
        }

        /** Not a License Desk backup: unreadable, or without a schema history. */
        record NotOurs() implements Outcome {
        }

        /** Made by a newer version of the application. */
        record Newer(String backupVersion) implements Outcome {
        }

        /** The copy could not be migrated or failed its checks: nothing was replaced. */
        record Failed(String reason) implements Outcome {
        }
    }

    private Restore() {
    }

    /** Restores {@code backup} into the SQLite database of {@code jdbcUrl}. */
    public static Outcome run(String jdbcUrl, Path backup, Instant now) {
        Path live = SqliteFile.of(jdbcUrl).orElseThrow(() ->
                new IllegalStateException("Backups here are SQLite's; restore a shared database with its own tools"));
        Optional<String> version = Migrations.versionOf(backup).filter(v -> v.matches("\\d{1,9}"));
        if (version.isEmpty()) {
            return new Outcome.NotOurs();
        }
        Path folder = live.toAbsolutePath().getParent();
        String stamp = STAMP.format(now);
        Path copy = folder.resolve("restore-" + stamp + ".tmp");
        try {
            SqliteFile.ownerOnlyFolderOf(live);
            Files.copy(backup, copy);
            OwnerOnly.file(copy);
            Optional<Outcome> refused = migrateAndCheck(copy, version.get());
            if (refused.isPresent()) {
                return refused.get();
            }
            Optional<Path> kept = Optional.empty();
            if (Files.exists(live)) {
                Path keep = folder.resolve("pre-restore-" + stamp + ".db");
                sqlite(live, "backup to " + SqliteFile.quoted(keep));
                OwnerOnly.file(keep);
                kept = Optional.of(keep);
            }
            sqlite(live, "restore from " + SqliteFile.quoted(copy));
            return new Outcome.Done(version.get(), Migrations.versionOf(live).orElse("?"), kept);
        } catch (IOException | SQLException e) {
            return new Outcome.Failed(e.getMessage());
        } finally {
            deleteQuietly(copy);
        }
    }

    /** Migrates the copy to this version's schema and checks it; the reason to refuse it, if any. */
    private static Optional<Outcome> migrateAndCheck(Path copy, String backupVersion) throws SQLException {
        try {
            if (Migrations.writtenByANewerVersion(copy)) {
                return Optional.of(new Outcome.Newer(backupVersion));
            }
            Database.open("jdbc:sqlite:" + copy).close();
        } catch (RuntimeException e) {
            // Flyway's or SQLite's words: the operator needs them to see what is wrong with the file.
            return Optional.of(new Outcome.Failed(e.getMessage()));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            try (ResultSet integrity = statement.executeQuery("PRAGMA integrity_check")) {
                String answer = integrity.next() ? integrity.getString(1) : "";
                if (!"ok".equals(answer)) {
                    return Optional.of(new Outcome.Failed("integrity check: " + answer));
                }
            }
            try (ResultSet orphans = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (orphans.next()) {
                    return Optional.of(new Outcome.Failed("foreign key check: a row of " + orphans.getString(1)
                            + " refers to a missing " + orphans.getString(3)));
                }
            }
        }
        return Optional.empty();
    }

    private static void sqlite(Path file, String command) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(command);
        }
    }

    private static void deleteQuietly(Path copy) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
            } catch (IOException ignored) {
                // A leftover temporary copy holds nothing the live database lacks; it is owner-only.
            }
        }
    }
}
