package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * Ties a form's fields to the controls of the same {@code fx:id}, and each field's reason to the label
 * {@code <id>Error} next to it. A field is checked again when the control loses focus, so the reason goes away as soon
 * as it is mended.
 */
public final class FormBinding {
    private FormBinding() {
    }

    public static void bind(Parent root, Form form, Messages messages) {
        for (FormField field : form.fields()) {
            Node control = find(root, field.id());
            if (control instanceof TextInputControl input) {
                input.textProperty().bindBidirectional(field.text());
            } else if (control instanceof ComboBox<?> combo) {
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) combo;
                bindChoice(choice, field);
            } else {
                throw new IllegalStateException("#" + field.id() + " is not an input");
            }
            control.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && (field.hasError() || !field.value().isEmpty())) {
                    field.validate(messages);
                }
            });
            FieldError.show((Label) find(root, field.id() + "Error"), field.error());
            Listeners.whileShown(control, field.error(), (obs, was, now) -> markInvalid(control, !now.isEmpty()));
            markInvalid(control, field.hasError());
        }
    }

    /** An empty field is no choice at all (null), so that the combo box shows its prompt text. */
    private static void bindChoice(ComboBox<String> choice, FormField field) {
        choice.getItems().setAll(field.choices());
        choice.setValue(field.value().isEmpty() ? null : field.value());
        choice.valueProperty().addListener((obs, was, now) -> field.text().set(now == null ? "" : now));
        Listeners.whileShown(choice, field.text(), (obs, was, now) ->
                choice.setValue(now == null || now.isEmpty() ? null : now));
    }

    private static void markInvalid(Node control, boolean invalid) {
        control.getStyleClass().remove("invalid");
        if (invalid) {
            control.getStyleClass().add("invalid");
        }
    }

    private static Node find(Parent root, String id) {
        Node node = root.lookup("#" + id);
        if (node == null) {
            throw new IllegalStateException("The screen has no #" + id);
        }
        return node;
    }
}
