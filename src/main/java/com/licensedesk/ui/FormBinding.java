package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormCheck;
import com.licensedesk.ui.form.FormField;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.util.StringConverter;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * Ties a form's fields and check boxes to the controls of the same {@code fx:id}, and each one's reason to the label
 * {@code <id>Error} next to it. A field is checked again when the control loses focus, so the reason goes away as soon
 * as it is mended; a check box's reason goes as it is ticked.
 */
public final class FormBinding {
    private FormBinding() {
    }

    /** A form without choice lists: typing on a list needs a clock, {@link #bind(Parent, Form, Messages, Clock)}. */
    public static void bind(Parent root, Form form, Messages messages) {
        bind(root, form, messages, Optional.empty());
    }

    /** {@code clock} times the pause that ends a word typed on a list: the desk's clock (a test moves its own). */
    public static void bind(Parent root, Form form, Messages messages, Clock clock) {
        bind(root, form, messages, Optional.of(clock));
    }

    private static void bind(Parent root, Form form, Messages messages, Optional<Clock> clock) {
        for (FormField field : form.fields()) {
            Node control = find(root, field.id());
            if (control instanceof TextInputControl input) {
                input.textProperty().bindBidirectional(field.text());
            } else if (control instanceof ComboBox<?> combo) {
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) combo;
                bindChoice(choice, field, messages, clock.orElseThrow(() -> new IllegalStateException("#"
                        + field.id() + " is a choice list: bind its form with the clock that times typing on it")));
            } else {
                throw new IllegalStateException("#" + field.id() + " is not an input");
            }
            control.focusedProperty().addListener((obs, was, focused) -> {
                // Not when a button takes the focus: its press would show or clear an error line and move the button
                // away from under the pointer before the release, losing the click. Its action checks the form.
                Node next = control.getScene() == null ? null : control.getScene().getFocusOwner();
                boolean toButton = next instanceof Button || next instanceof Hyperlink;
                if (!focused && !toButton && (field.hasError() || !field.value().isEmpty())) {
                    field.validate(messages);
                }
            });
            FieldError.show((Label) find(root, field.id() + "Error"), field.error(), control);
        }
        for (FormCheck check : form.checks()) {
            bind(root, check);
        }
    }

    /** A check box on its own, beside fields the screen binds itself. */
    public static void bind(Parent root, FormCheck check) {
        if (!(find(root, check.id()) instanceof CheckBox box)) {
            throw new IllegalStateException("#" + check.id() + " is not a check box");
        }
        box.selectedProperty().bindBidirectional(check.ticked());
        FieldError.show((Label) find(root, check.id() + "Error"), check.error(), box);
    }

    /**
     * The form's fields changed only while {@code changeable} holds, else shown for reading: text can be selected and
     * copied but not edited, a choice list does not open, a check box does not change; all as legible as before.
     */
    public static void changeableWhen(Parent root, Form form, ObservableBooleanValue changeable) {
        ObservableBooleanValue readOnly = Bindings.not(changeable);
        for (FormField field : form.fields()) {
            Node control = find(root, field.id());
            if (control instanceof TextInputControl input) {
                input.editableProperty().bind(changeable);
            } else {
                control.disableProperty().bind(readOnly);
            }
        }
        for (FormCheck check : form.checks()) {
            find(root, check.id()).disableProperty().bind(readOnly);
        }
        markReadOnly(root, !changeable.get());
        Listeners.whileShown(root, changeable, (obs, was, now) -> markReadOnly(root, !now));
    }

    private static void markReadOnly(Parent root, boolean readOnly) {
        root.getStyleClass().remove(READ_ONLY_FORM);
        if (readOnly) {
            root.getStyleClass().add(READ_ONLY_FORM);
        }
    }

    /** The style class of a form shown for reading (license-desk.css keeps its values legible). */
    private static final String READ_ONLY_FORM = "read-only-form";

    /**
     * An empty field is no choice at all (null), so that the combo box shows its prompt text. Choices are shown in the
     * screen's language, and typing on the list finds one (「おお」 or 「osa」, within a second of each other).
     */
    private static void bindChoice(ComboBox<String> choice, FormField field, Messages messages, Clock clock) {
        choice.getItems().setAll(field.choices());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return stored == null ? "" : field.shown(stored, messages.locale());
            }

            @Override
            public String fromString(String shown) {
                return null;
            }
        });
        StringBuilder typed = new StringBuilder();
        Instant[] lastKey = {Instant.MIN};
        choice.addEventHandler(KeyEvent.KEY_TYPED, key -> {
            if (key.getCharacter().isBlank() || key.isControlDown() || key.isAltDown()) {
                return;
            }
            Instant now = clock.instant();
            if (Duration.between(lastKey[0], now).compareTo(TYPE_AHEAD_PAUSE) > 0) {
                typed.setLength(0);
            }
            lastKey[0] = now;
            typed.append(key.getCharacter());
            field.typedAhead(typed.toString()).ifPresent(found -> {
                choice.setValue(found);
                choice.getSelectionModel().select(found);
                // With the list open (its keys come here too), the choice found is scrolled into view.
                if (choice.isShowing() && choice.getSkin() instanceof ComboBoxListViewSkin<?> skin
                        && skin.getPopupContent() instanceof ListView<?> list) {
                    list.scrollTo(choice.getSelectionModel().getSelectedIndex());
                }
            });
        });
        choice.setValue(field.value().isEmpty() ? null : field.value());
        choice.valueProperty().addListener((obs, was, now) -> field.text().set(now == null ? "" : now));
        Listeners.whileShown(choice, field.text(), (obs, was, now) ->
                choice.setValue(now == null || now.isEmpty() ? null : now));
    }

    private static final Duration TYPE_AHEAD_PAUSE = Duration.ofSeconds(1);

    private static Node find(Parent root, String id) {
        Node node = root.lookup("#" + id);
        if (node == null) {
            throw new IllegalStateException("The screen has no #" + id);
        }
        return node;
    }
}
