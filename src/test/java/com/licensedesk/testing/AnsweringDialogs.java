package com.licensedesk.testing;

import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Printing;
import com.licensedesk.ui.form.FormField;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Answers a screen's dialogs in the person's place, and remembers what was asked, in order. It starts as a careful
 * person does: no to every question, every file dialog cancelled, and back to the form from the same company found.
 */
public final class AnsweringDialogs implements Dialogs {
    /** Which dialog a screen opened. */
    public enum Kind {
        CONFIRM, OPEN_FILE, OPEN_FILES, FOLDER, ASK_TEXT, ASK_LINE, ASK_PIN, SAVE_FILE, TEXT, SAME_COMPANY, TEMPORARY_PASSWORD,
        PRINT, COPY
    }

    /**
     * One dialog as it was opened: {@code detail} is the question (also of a text asked for), the text shown, the
     * file name offered, or the login IDs offered or shown (the candidates' separated by commas); {@code file} the
     * kind of file asked for.
     */
    public record Asked(Kind kind, String title, String detail, Optional<FileKind> file) {
    }

    /** A temporary password as the dialog showed it. */
    public record ShownPassword(String loginId, String password, Instant validUntil) {
    }

    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final List<List<SameCompanyCandidate>> sameCompanyOffered = new CopyOnWriteArrayList<>();
    private final List<ShownPassword> passwordsShown = new CopyOnWriteArrayList<>();
    private final List<List<String>> printed = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private volatile Printing.Outcome printing = Printing.Outcome.PRINTED;
    private volatile boolean yes;
    private volatile Optional<Path> chosen = Optional.empty();
    private volatile List<Path> chosenFiles = List.of();
    private volatile Optional<String> typed = Optional.empty();
    private volatile Function<List<SameCompanyCandidate>, SameCompanyAnswer> sameCompany =
            candidates -> SameCompanyAnswer.CANCEL;

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

    /** {@code files} chosen in every dialog for several files from now on. */
    public AnsweringDialogs choosingFiles(List<Path> files) {
        chosenFiles = List.copyOf(files);
        return this;
    }

    /** {@code text} typed (and sent) in every dialog that asks for a text from now on. */
    public AnsweringDialogs typing(String text) {
        typed = Optional.of(text);
        return this;
    }

    /** Every file dialog, and every dialog asking for a text, cancelled from now on. */
    public AnsweringDialogs cancelling() {
        chosen = Optional.empty();
        chosenFiles = List.of();
        typed = Optional.empty();
        return this;
    }

    /** この会社に追加 for the candidate at {@code position} (from 0) whenever the same company is found from now on. */
    public AnsweringDialogs addingToCandidate(int position) {
        sameCompany = candidates -> SameCompanyAnswer.addToExisting(candidates.get(position));
        return this;
    }

    /** 新規に登録する whenever the same company is found from now on. */
    public AnsweringDialogs registeringAnyway() {
        sameCompany = candidates -> SameCompanyAnswer.REGISTER_ANYWAY;
        return this;
    }

    /** キャンセル whenever the same company is found from now on. */
    public AnsweringDialogs backToTheForm() {
        sameCompany = candidates -> SameCompanyAnswer.CANCEL;
        return this;
    }

    /** Every dialog opened so far, in order. */
    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    /** The candidates of each 登録済みの会社があります opened so far, in order. */
    public List<List<SameCompanyCandidate>> sameCompanyOffered() {
        return List.copyOf(sameCompanyOffered);
    }

    /** Each temporary password shown so far, in order. */
    public List<ShownPassword> passwordsShown() {
        return List.copyOf(passwordsShown);
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
    public List<Path> openFiles(String title, FileKind kind) {
        asked.add(new Asked(Kind.OPEN_FILES, title, "", Optional.of(kind)));
        return chosenFiles;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add(new Asked(Kind.FOLDER, title, "", Optional.empty()));
        return chosen;
    }

    @Override
    public Optional<String> askText(String title, String question, String fieldLabel) {
        asked.add(new Asked(Kind.ASK_TEXT, title, question, Optional.empty()));
        return typed;
    }

    @Override
    public Optional<String> askLine(String title, String question, String fieldLabel) {
        asked.add(new Asked(Kind.ASK_LINE, title, question, Optional.empty()));
        return typed;
    }

    /** Cancelled at once: a PIN is typed into its real dialog (KioskFlowTest). */
    @Override
    public void askPin(String title, String lead, String submitText, FormField pin, Runnable submit) {
        asked.add(new Asked(Kind.ASK_PIN, title, lead, Optional.empty()));
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

    /** Prints answer {@code outcome} from now on (printed, unless told otherwise). */
    public AnsweringDialogs printing(Printing.Outcome outcome) {
        this.printing = outcome;
        return this;
    }

    /** The lines printed, one list per print. */
    public List<List<String>> printed() {
        return List.copyOf(printed);
    }

    /** What was put on the clipboard, in order. */
    public List<String> copied() {
        return List.copyOf(copied);
    }

    @Override
    public Printing.Outcome print(String title, List<String> lines) {
        asked.add(new Asked(Kind.PRINT, title, String.join("\n", lines), Optional.empty()));
        printed.add(List.copyOf(lines));
        return printing;
    }

    @Override
    public void copy(String text) {
        asked.add(new Asked(Kind.COPY, "", text, Optional.empty()));
        copied.add(text);
    }

    @Override
    public void chooseSameCompany(List<SameCompanyCandidate> candidates, Consumer<SameCompanyAnswer> answer) {
        asked.add(new Asked(Kind.SAME_COMPANY, "", String.join(",",
                candidates.stream().map(SameCompanyCandidate::loginId).toList()), Optional.empty()));
        sameCompanyOffered.add(List.copyOf(candidates));
        answer.accept(sameCompany.apply(candidates));
    }

    @Override
    public void showTemporaryPassword(String loginId, String password, Instant validUntil) {
        asked.add(new Asked(Kind.TEMPORARY_PASSWORD, "", loginId, Optional.empty()));
        passwordsShown.add(new ShownPassword(loginId, password, validUntil));
    }
}
