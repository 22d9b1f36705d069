package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.form.FormField;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * {@link Dialogs} as modal windows over the application's window, styled as it is, and the system's file dialogs;
 * the window is dimmed under each while it is open ({@link ModalBackdrop}).
 */
public final class WindowDialogs implements Dialogs {
    private final Window owner;
    private final Messages messages;

    /** {@code owner}: the window the dialogs open over and block until answered. */
    public WindowDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String question) {
        Dialog<Boolean> dialog = dialog(title);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setPrefWidth(520);
        dialog.getDialogPane().setContent(text);
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(yes, no);
        dialog.setResultConverter(button -> button == yes);
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public void showText(String title, String text) {
        Dialog<Void> dialog = dialog(title);
        TextArea body = new TextArea(text);
        body.setId("dialogText");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefWidth(680);
        dialog.getDialogPane().setContent(body);
        // A long text (the agreement) scrolls in a tall box; a short one (an audit entry) is shown whole. Measured as
        // the area draws it, in the stylesheet's font: a row count is reckoned in shorter lines than it draws.
        dialog.getDialogPane().applyCss();
        Text drawn = new Text(text);
        drawn.setFont(body.getFont());
        drawn.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        drawn.setWrappingWidth(body.getPrefWidth() - 40);
        Text oneLine = new Text("X");
        oneLine.setFont(body.getFont());
        oneLine.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        double line = oneLine.getLayoutBounds().getHeight();
        // The area's own border and padding, and the padding of the text inside it (about a line).
        double around = body.snappedTopInset() + body.snappedBottomInset() + line;
        body.setPrefHeight(around + Math.max(3 * line, Math.min(24 * line, drawn.getLayoutBounds().getHeight())));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    @Override
    public void chooseSameCompany(List<SameCompanyCandidate> candidates, Consumer<SameCompanyAnswer> answer) {
        DuplicatesDialog.show(dialog(messages.get("duplicates.title")), messages, candidates, answer);
    }

    @Override
    public void showTemporaryPassword(String loginId, String password, Instant validUntil) {
        TemporaryPasswordDialog.show(dialog(messages.get("userInfo.temporaryPassword")), messages, loginId, password,
                validUntil);
    }

    @Override
    public Optional<Path> openFile(String title, FileKind kind) {
        return Optional.ofNullable(ModalBackdrop.during(owner, () -> chooser(title, kind).showOpenDialog(owner)))
                .map(File::toPath);
    }

    @Override
    public List<Path> openFiles(String title, FileKind kind) {
        List<File> chosen = ModalBackdrop.during(owner, () -> chooser(title, kind).showOpenMultipleDialog(owner));
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        if (!title.isBlank()) {
            chooser.setTitle(title);
        }
        chooser.setInitialDirectory(documents().toFile());
        return Optional.ofNullable(ModalBackdrop.during(owner, () -> chooser.showDialog(owner))).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String question, String fieldLabel) {
        TextArea field = new TextArea();
        field.setWrapText(true);
        field.setPrefRowCount(3);
        return ask(title, question, fieldLabel, field);
    }

    @Override
    public Optional<String> askLine(String title, String question, String fieldLabel) {
        return ask(title, question, fieldLabel, new TextField());
    }

    private Optional<String> ask(String title, String question, String fieldLabel, TextInputControl field) {
        Dialog<String> dialog = dialog(title);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setPrefWidth(520);
        Label label = new Label(fieldLabel);
        label.getStyleClass().add("field-label");
        field.setId("dialogTextField");
        label.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(10, text, label, field));
        ButtonType ok = new ButtonType(messages.get("common.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Printing.Outcome print(String title, List<String> lines) {
        return Printing.print(Printing.page(title, lines), owner);
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void askPin(String title, String lead, String submitText, FormField pin, Runnable submit) {
        Dialog<Void> dialog = dialog(title);
        dialog.setHeaderText(lead);
        PasswordField field = new PasswordField();
        field.setId(pin.id());
        field.textProperty().bindBidirectional(pin.text());
        Label error = new Label();
        error.setId(pin.id() + "Error");
        error.getStyleClass().add("field-error");
        FieldError.show(error, pin.error(), field);
        dialog.getDialogPane().setContent(new VBox(6, field, error));
        ButtonType send = new ButtonType(submitText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(send, cancel);
        // The dialog stays open on the button: a wrong PIN is said under the field.
        dialog.getDialogPane().lookupButton(send).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit.run();
        });
        InitialFocus.on(field);
        dialog.showAndWait();
        field.textProperty().unbindBidirectional(pin.text());
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(ModalBackdrop.during(owner, () -> chooser.showSaveDialog(owner))).map(File::toPath);
    }

    private <R> Dialog<R> dialog(String title) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ModalBackdrop.whileShowing(dialog.showingProperty(), owner);
        return dialog;
    }

    private static FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        if (!title.isBlank()) {
            chooser.setTitle(title);
        }
        // Opened in the person's documents, never where the dialog was last: the system's dialog reads the files of
        // the folder it shows, and reading the live database's files from this process drops the locks SQLite holds
        // on them (see the README's known problems).
        chooser.setInitialDirectory(documents().toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.label(), kind.pattern()));
        return chooser;
    }

    private static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
