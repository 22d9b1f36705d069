package com.licensedesk.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one message banner of a screen ({@code fx:id="message"}): a success, an error, or nothing. */
public final class Banner {
    /** What the banner says, shown with the style class of the same name. */
    public enum Kind { NONE, SUCCESS, ERROR, INFO }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);

    public void success(String message) {
        show(Kind.SUCCESS, message);
    }

    public void error(String message) {
        show(Kind.ERROR, message);
    }

    public void info(String message) {
        show(Kind.INFO, message);
    }

    public void clear() {
        show(Kind.NONE, "");
    }

    private void show(Kind newKind, String message) {
        text.set(message);
        kind.set(newKind);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public Kind kind() {
        return kind.get();
    }
}
