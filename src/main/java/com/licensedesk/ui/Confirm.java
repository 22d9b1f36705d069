package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;

/** A question before something that cannot be undone; the answer is no unless the person says yes. */
public final class Confirm {
    private Confirm() {
    }

    public static boolean ask(Node owner, String title, String question, Messages messages) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setPrefWidth(520);
        dialog.getDialogPane().setContent(text);
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(yes, no);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(button -> button == yes);
        return dialog.showAndWait().orElse(false);
    }
}
