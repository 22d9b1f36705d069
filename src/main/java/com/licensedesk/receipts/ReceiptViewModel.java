package com.licensedesk.receipts;

import com.licensedesk.files.FileNames;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The receipt after a registration at the desk: the lines to read, print or save as PDF, and the next registration
 * one key press away.
 */
public final class ReceiptViewModel implements PersonalData {
    private final Dialogs dialogs;
    private final Messages messages;
    private final Runnable nextRegistration;
    private final Activity activity;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Receipt>> receipt =
            new ReadOnlyObjectWrapper<>(this, "receipt", Optional.empty());

    public ReceiptViewModel(Tasks tasks, Dialogs dialogs, Messages messages, Runnable nextRegistration) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.nextRegistration = nextRegistration;
        this.activity = new Activity(tasks, messages, ReceiptViewModel.class);
    }

    /** The receipt to show next. */
    public void show(Receipt shown) {
        receipt.set(Optional.of(shown));
        lines.setAll(ReceiptText.lines(shown, messages));
        activity.banner().success(messages.get("receipt.done"));
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<Optional<Receipt>> receipt() {
        return receipt.getReadOnlyProperty();
    }

    public String title() {
        return messages.get("receipt.title");
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** PDFで保存, in the file chosen; the save dialog keeps the system's own title. */
    public void savePdf() {
        Optional<Receipt> current = receipt.get();
        if (current.isEmpty()) {
            return;
        }
        dialogs.saveFile("", suggestedFileName(current.get()), Dialogs.FileKind.PDF)
                .ifPresent(file -> savePdf(current.get(), file));
    }

    private void savePdf(Receipt shown, Path file) {
        activity.run("Saving the receipt", () -> {
            ReceiptPdf.write(shown, messages, file);
            return file;
        }, saved -> activity.banner().success(messages.get("receipt.saved", saved)),
                failure -> activity.failedToWrite("Saving the receipt", failure, file));
    }

    /** The printer's answer, said on the banner. */
    public void printed(boolean done, boolean noPrinter) {
        if (noPrinter) {
            activity.banner().error(messages.get("common.print.noPrinter"));
        } else if (done) {
            activity.banner().success(messages.get("common.print.done"));
        }
    }

    /** 次の登録. */
    public void next() {
        clear();
        nextRegistration.run();
    }

    /** The file name the save dialog proposes. */
    private String suggestedFileName(Receipt shown) {
        return FileNames.safe(messages.get("receipt.fileName", shown.maskedLoginId()));
    }

    @Override
    public void clear() {
        receipt.set(Optional.empty());
        lines.clear();
        activity.banner().clear();
    }

    /** Used by the view to lay out a printed copy. */
    public List<String> printedLines() {
        return List.copyOf(lines);
    }
}
