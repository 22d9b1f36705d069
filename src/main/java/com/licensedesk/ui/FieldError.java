package com.licensedesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The reason next to a field: shown, and taking room, only while there is one. */
public final class FieldError {
    private FieldError() {
    }

    public static void show(Label label, ObservableStringValue error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        if (!label.getStyleClass().contains("field-error")) {
            label.getStyleClass().add("field-error");
        }
        label.setWrapText(true);
    }

    /**
     * The reason next to a control, which is marked {@code invalid} while there is one: red, and the first such control
     * on the screen is where a refused submit puts the cursor.
     */
    public static void show(Label label, ObservableStringValue error, Node control) {
        show(label, error);
        Listeners.whileShown(control, error, (obs, was, now) -> markInvalid(control, !now.isEmpty()));
        markInvalid(control, !error.get().isEmpty());
    }

    private static void markInvalid(Node control, boolean invalid) {
        control.getStyleClass().remove("invalid");
        if (invalid) {
            control.getStyleClass().add("invalid");
        }
    }
}
