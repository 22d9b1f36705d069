package com.licensedesk.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders only their owner may read: the data directory, the database and its WAL, the settings (SMTP
 * password), the secret key, the remembered login ID, backups; and what the person saves from a screen (a receipt,
 * recovery codes). Set also on ones that already exist, since an older
 * version or a hand may have made them readable by others. On Windows the per-user data directory is private already.
 */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    /** The folder exists and is {@code rwx------}. */
    public static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + folder, e);
        }
    }

    /** An existing file becomes {@code rw-------}. */
    public static void file(Path file) {
        try {
            restrict(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict access to " + file, e);
        }
    }

    /** Writes the text whole: into an owner-only file beside it first, then moved into place. */
    public static void write(Path file, String text) {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What is written into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} whole, as {@link #write(Path, String)} does: a file the person saves (a receipt, the
     * recovery codes) is no more readable by others than the desk's own files.
     */
    public static void write(Path file, Content content) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path written = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                restrict(written, "rw-------");
                try (OutputStream out = Files.newOutputStream(written)) {
                    content.writeTo(out);
                }
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: see above.
        }
    }
}
