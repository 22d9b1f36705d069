package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import java.time.Instant;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The temporary password, for {@link WindowDialogs}: shown once to the operator for the customer standing at the
 * desk, with how long it works and what happens at the next sign-in; printable for the customer to take along.
 */
final class TemporaryPasswordDialog {
    private TemporaryPasswordDialog() {
    }

    /** Fills {@code dialog} (modal over the window, titled) and shows it without waiting for it to close. */
    static void show(Dialog<Void> dialog, Messages messages, String loginId, String password, Instant validUntil) {
        Label shown = new Label(password);
        shown.setId("temporaryPasswordLabel");
        shown.getStyleClass().add("temporary-password");
        VBox page = new VBox(10,
                new Label(messages.get("userInfo.temporaryPassword.loginId", loginId)),
                shown,
                wrapped(messages.get("userInfo.temporaryPassword.until", Formats.dateTime(validUntil))),
                wrapped(messages.get("userInfo.temporaryPassword.next")));
        page.getStyleClass().add("print-page");
        Label printed = new Label();
        printed.getStyleClass().add("note");
        dialog.getDialogPane().setContent(new VBox(12, page, printed));
        ButtonType print = new ButtonType(messages.get("common.print"), ButtonBar.ButtonData.LEFT);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(print, ok);
        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("printTemporaryPasswordButton");
        dialog.getDialogPane().lookupButton(ok).setId("okButton");
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            printed.setText(switch (Printing.print(page, dialog.getDialogPane().getScene().getWindow())) {
                case PRINTED -> messages.get("common.print.done");
                case CANCELLED -> "";
                case NO_PRINTER -> messages.get("common.print.noPrinter");
            });
        });
        dialog.show();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(460);
        return label;
    }
}
