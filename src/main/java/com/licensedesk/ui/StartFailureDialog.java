package com.licensedesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Why the application could not start, said in both languages: the failure may be the settings that choose the
 * language. Over the window when it is shown (dimmed), else on its own.
 */
public final class StartFailureDialog {
    private StartFailureDialog() {
    }

    /** Waits until the person closes it. */
    public static void show(String reason, Stage over) {
        Alert alert = new Alert(Alert.AlertType.ERROR,
                "License Desk could not start / License Deskを起動できませんでした。\n\n" + reason);
        alert.setHeaderText("License Desk");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // the whole reason, not cut at the bottom
        if (over != null && over.isShowing()) {
            alert.initOwner(over);
            ModalBackdrop.whileShowing(alert.showingProperty(), over);
        }
        alert.showAndWait();
    }
}
