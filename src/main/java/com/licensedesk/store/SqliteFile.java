package com.licensedesk.store;

import com.licensedesk.files.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded database's file: where a {@code jdbc:sqlite:} URL keeps it, and its owner-only modes. It holds password
 * hashes and customers' addresses, and so do its backups and the copies a restore makes: their folder and they
 * themselves are readable by their owner only.
 */
final class SqliteFile {
    /** The parts of a database in WAL mode: the file, its WAL of recent writes and the WAL's index. */
    private static final String[] PARTS = {"", "-wal", "-shm"};

    private SqliteFile() {
    }

    /** The file of a {@code jdbc:sqlite:} URL; empty for an in-memory database and for a server's URL. */
    static Optional<Path> of(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file::memory:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(rest.startsWith("file:") ? rest.substring("file:".length()) : rest));
    }

    /** The folder {@code file} goes into exists and is owner-only. */
    static void ownerOnlyFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            OwnerOnly.folder(folder);
        }
    }

    /** The database file becomes owner-only, and so do the parts WAL mode keeps beside it, which hold recent writes. */
    static void ownerOnlyWithItsWal(Path file) {
        for (String suffix : PARTS) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                OwnerOnly.file(part);
            }
        }
    }

    /** The path as SQLite's {@code backup to} and {@code restore from} take it. */
    static String quoted(Path path) {
        String text = path.toString();
        if (text.contains("\"")) {
            throw new IllegalArgumentException("A backup path may not contain a double quote: " + text);
        }
        return "\"" + text + "\"";
    }
}
