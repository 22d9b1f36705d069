package com.licensedesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;

/** A modal window that shows a long read-only text, such as the licence agreement, with one close button. */
public final class TextDialog {
    private TextDialog() {
    }

    public static void show(Node owner, String title, String text, String closeLabel) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextArea body = new TextArea(text);
        body.setId("dialogText");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefWidth(680);
        // A long text (the agreement) scrolls in a tall box; a short one (the version) gets a small one.
        long lines = text.lines().mapToLong(line -> 1 + line.length() / 40).sum();
        body.setPrefRowCount((int) Math.max(3, Math.min(24, lines)));
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(closeLabel, ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResizable(true);
        dialog.showAndWait();
    }
}
