package com.licensedesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * Where a file is read from or written: asked of the person with the system's file dialog. The screens get it from
 * their context, so that a test answers instead of a dialog no robot can drive.
 */
public interface FileDialogs {

    /** A file to read, of a kind such as {@code CSV} with its pattern {@code *.csv}; empty when cancelled. */
    Optional<Path> open(Node owner, String title, String kind, String pattern);

    /** A file to write, offered under {@code suggestedName}; empty when cancelled. */
    Optional<Path> save(Node owner, String title, String suggestedName, String kind, String pattern);

    /** The system's dialogs. */
    FileDialogs SYSTEM = new FileDialogs() {
        @Override
        public Optional<Path> open(Node owner, String title, String kind, String pattern) {
            File file = chooser(title, kind, pattern).showOpenDialog(owner.getScene().getWindow());
            return Optional.ofNullable(file).map(File::toPath);
        }

        @Override
        public Optional<Path> save(Node owner, String title, String suggestedName, String kind, String pattern) {
            FileChooser chooser = chooser(title, kind, pattern);
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner.getScene().getWindow());
            return Optional.ofNullable(file).map(File::toPath);
        }

        private FileChooser chooser(String title, String kind, String pattern) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            // Opened in the person's documents, never where the dialog was last: the system's dialog reads the
            // files of the folder it shows, and reading the live database's files from this process drops the
            // locks SQLite holds on them (see the README's known problems).
            java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
            java.nio.file.Path documents = home.resolve("Documents");
            chooser.setInitialDirectory((java.nio.file.Files.isDirectory(documents) ? documents : home).toFile());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            return chooser;
        }
    };

    /** A CSV file to write. */
    default Optional<Path> saveCsv(Node owner, String title, String suggestedName) {
        return save(owner, title, suggestedName, "CSV", "*.csv");
    }
}
