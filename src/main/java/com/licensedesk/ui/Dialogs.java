package com.licensedesk.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a screen asks of the person in a window of its own: a yes or no before something that cannot be undone, a
 * file to read or to write, a long text to read. View models hold it, so that a test answers in the person's place;
 * the window's own is {@link WindowDialogs}.
 */
public interface Dialogs {

    /** Asks before something that cannot be undone; the answer is no unless the person says yes. */
    boolean confirm(String title, String question);

    /** A file to read; empty when the person cancels. */
    Optional<Path> openFile(String title, FileKind kind);

    /**
     * A file to write, offered under {@code suggestedName}; empty when the person cancels. A blank {@code title}
     * leaves the system's own.
     */
    Optional<Path> saveFile(String title, String suggestedName, FileKind kind);

    /** A long read-only text, such as the licence agreement, until the person closes it. */
    void showText(String title, String text);

    /** The kinds of file the screens read and write, as the file dialog offers them. */
    enum FileKind {
        CSV("CSV", "*.csv"),
        PDF("PDF", "*.pdf");

        private final String label;
        private final String pattern;

        FileKind(String label, String pattern) {
            this.label = label;
            this.pattern = pattern;
        }

        /** The kind's name in the dialog's list of kinds. */
        public String label() {
            return label;
        }

        /** The file names the dialog shows, such as {@code *.csv}. */
        public String pattern() {
            return pattern;
        }
    }
}
