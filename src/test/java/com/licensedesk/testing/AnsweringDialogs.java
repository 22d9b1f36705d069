package com.licensedesk.testing;

import com.licensedesk.ui.Dialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers a screen's dialogs in the person's place, and remembers what was asked, in order. It starts as a careful
 * person does: no to every question, and every file dialog cancelled.
 */
public final class AnsweringDialogs implements Dialogs {
    /** Which dialog a screen opened. */
    public enum Kind { CONFIRM, OPEN_FILE, SAVE_FILE, TEXT }

    /**
     * One dialog as it was opened: {@code detail} is the question, the text shown, or the file name offered;
     * {@code file} the kind of file asked for.
     */
    public record Asked(Kind kind, String title, String detail, Optional<FileKind> file) {
    }

    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private volatile boolean yes;
    private volatile Optional<Path> chosen = Optional.empty();

    /** Yes to every question from now on. */
    public AnsweringDialogs sayingYes() {
        yes = true;
        return this;
    }

    /** No to every question from now on. */
    public AnsweringDialogs sayingNo() {
        yes = false;
        return this;
    }

    /** {@code file} chosen in every file dialog from now on. */
    public AnsweringDialogs choosing(Path file) {
        chosen = Optional.of(file);
        return this;
    }

    /** Every file dialog cancelled from now on. */
    public AnsweringDialogs cancelling() {
        chosen = Optional.empty();
        return this;
    }

    /** Every dialog opened so far, in order. */
    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    @Override
    public boolean confirm(String title, String question) {
        asked.add(new Asked(Kind.CONFIRM, title, question, Optional.empty()));
        return yes;
    }

    @Override
    public Optional<Path> openFile(String title, FileKind kind) {
        asked.add(new Asked(Kind.OPEN_FILE, title, "", Optional.of(kind)));
        return chosen;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, FileKind kind) {
        asked.add(new Asked(Kind.SAVE_FILE, title, suggestedName, Optional.of(kind)));
        return chosen;
    }

    @Override
    public void showText(String title, String text) {
        asked.add(new Asked(Kind.TEXT, title, text, Optional.empty()));
    }
}
