package com.licensedesk.ui.form;

import com.licensedesk.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A check box of a form that must be ticked to go on, such as the licence agreement: whether it is ticked, and why it
 * is refused if it is not. The id is the control's {@code fx:id}; ticking the box takes the reason away at once.
 */
public final class FormCheck {
    private final String id;
    private final String messageKey;
    private final BooleanProperty ticked = new SimpleBooleanProperty(this, "ticked", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private FormCheck(String id, String messageKey) {
        this.id = id;
        this.messageKey = messageKey;
        ticked.addListener((obs, was, now) -> {
            if (now) {
                clearError();
            }
        });
    }

    /** A box refused with the text of {@code messageKey} while it is not ticked. */
    public static FormCheck mustBeTicked(String id, String messageKey) {
        return new FormCheck(id, messageKey);
    }

    public String id() {
        return id;
    }

    public BooleanProperty ticked() {
        return ticked;
    }

    public boolean isTicked() {
        return ticked.get();
    }

    /** The reason this box is refused, in the user's language; empty when it is fine. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** Checks the box and shows the reason if it is not ticked; true when it is. */
    public boolean validate(Messages messages) {
        error.set(isTicked() ? "" : messages.get(messageKey));
        return isTicked();
    }

    public void clearError() {
        error.set("");
    }

    public boolean hasError() {
        return !error.get().isEmpty();
    }

    /** Unticked and without a reason, as the next person finds it. */
    public void clear() {
        ticked.set(false);
        clearError();
    }
}
