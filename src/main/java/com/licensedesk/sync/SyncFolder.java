package com.licensedesk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The folder bundles and replies travel through: a USB stick, or a share both sides reach. */
final class SyncFolder {
    private SyncFolder() {
    }

    /** Under a temporary name first: the other side reading the folder never sees half a file. */
    static Path writeWhole(Path target, byte[] file) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.write(partial, file);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes files this place wrote or has read, as far as it can: one already gone (the other side took it) or one
     * a read-only folder keeps is no matter, as reading a file twice changes nothing.
     */
    static void delete(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException keptThere) {
                // Left in the folder: the next export or reading tries again.
            }
        }
    }

    /** The files in {@code folder} whose names end in {@code suffix}, by name; none when there is no such folder. */
    static List<Path> filesEndingIn(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
