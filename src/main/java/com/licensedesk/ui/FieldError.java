package com.licensedesk.ui;

import javafx.beans.value.ObservableStringValue;
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
}
