package com.licensedesk.ui;

import com.licensedesk.ui.form.FormField;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a screen asks of the person in a window of its own: a yes or no before something that cannot be undone, a
 * file to read or to write, a long text to read, a PIN, lines to print, text to copy, and the desk's two dialogs: the
 * same company found while registering, and a temporary password shown once. View models hold it, so that a test answers in the person's
 * place; the window's own is {@link WindowDialogs}.
 */
public interface Dialogs {

    /** Asks before something that cannot be undone; the answer is no unless the person says yes. */
    boolean confirm(String title, String question);

    /** A file to read; empty when the person cancels. */
    Optional<Path> openFile(String title, FileKind kind);

    /** Several files to read, in the order chosen; empty when the person cancels. */
    List<Path> openFiles(String title, FileKind kind);

    /** A folder to write into; empty when the person cancels. */
    Optional<Path> chooseFolder(String title);

    /**
     * A short text the person types, such as why a kiosk is revoked, under {@code question} and labelled
     * {@code fieldLabel}; empty when the person cancels. What was typed comes back as typed, to be checked by the
     * caller.
     */
    Optional<String> askText(String title, String question, String fieldLabel);

    /** The same for a one-line answer, such as a login ID: one line to type in, Enter sends it. */
    Optional<String> askLine(String title, String question, String fieldLabel);

    /**
     * A PIN, such as the settings PIN that lets a kiosk be closed: {@code lead} above a hidden field bound to
     * {@code pin}, whose reason shows under it, and {@code submitText} on the button that calls {@code submit}. The
     * dialog stays open until the person cancels, or {@code submit} ends what it was asked for: a wrong PIN is said
     * under the field. It returns when the dialog closes.
     */
    void askPin(String title, String lead, String submitText, FormField pin, Runnable submit);

    /**
     * A file to write, offered under {@code suggestedName}; empty when the person cancels. A blank {@code title}
     * leaves the system's own.
     */
    Optional<Path> saveFile(String title, String suggestedName, FileKind kind);

    /** A long read-only text, such as the licence agreement, until the person closes it. */
    void showText(String title, String text);

    /** {@code lines} under {@code title} on paper, through the system's print dialog; what came of it. */
    Printing.Outcome print(String title, List<String> lines);

    /** {@code text} on the system's clipboard, for pasting elsewhere (cleared when the session ends). */
    void copy(String text);

    /**
     * 登録済みの会社があります: customers that look like the one being registered at the desk, the first one chosen.
     * {@code answer} hears whether the key goes to one of them, a new customer is registered anyway, or the operator
     * goes back to the form. It returns at once: it is asked from background work's outcome, which must not wait for
     * the person.
     */
    void chooseSameCompany(List<SameCompanyCandidate> candidates, Consumer<SameCompanyAnswer> answer);

    /**
     * The temporary password just issued for {@code loginId}, shown this once with how long it works, printable for
     * the customer to take along. It returns at once, as {@link #chooseSameCompany} does; the dialog stays until the
     * operator closes it.
     */
    void showTemporaryPassword(String loginId, String password, Instant validUntil);

    /** A customer as 登録済みの会社があります lists it; the login ID tells one from another. */
    record SameCompanyCandidate(String companyName, String loginId, String contactName, String phone) {
    }

    /** What the operator said to 登録済みの会社があります; {@code existing} is the customer chosen to add the key to. */
    record SameCompanyAnswer(Choice choice, Optional<SameCompanyCandidate> existing) {
        /** 新規に登録する: it is another company after all. */
        public static final SameCompanyAnswer REGISTER_ANYWAY =
                new SameCompanyAnswer(Choice.REGISTER_ANYWAY, Optional.empty());
        /** キャンセル, or the dialog closed: back to the form with everything typed. */
        public static final SameCompanyAnswer CANCEL = new SameCompanyAnswer(Choice.CANCEL, Optional.empty());

        /** この会社に追加: the key goes to {@code candidate}. */
        public static SameCompanyAnswer addToExisting(SameCompanyCandidate candidate) {
            return new SameCompanyAnswer(Choice.ADD_TO_EXISTING, Optional.of(candidate));
        }

        /** The three buttons. */
        public enum Choice { ADD_TO_EXISTING, REGISTER_ANYWAY, CANCEL }
    }

    /** The kinds of file the screens read and write, as the file dialog offers them. */
    enum FileKind {
        CSV("CSV", "*.csv"),
        PDF("PDF", "*.pdf"),
        /** Plain text, such as the recovery codes. */
        TEXT("Text", "*.txt"),
        /** A kiosk's enrolment file, carried to the kiosk. */
        ENROLMENT("License Desk enrolment", "*.ldenrol"),
        /** A kiosk's bundle, brought home. */
        BUNDLE("License Desk sync", "*.ldsync");

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
