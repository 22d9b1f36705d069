package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.form.Form;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/** The one message banner of a screen ({@code fx:id="message"}): a success, an error, or nothing. */
public final class Banner {
    /** What the banner says, shown with the style class of the same name. */
    public enum Kind { NONE, SUCCESS, ERROR, INFO }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);
    private Runnable stopCounting = () -> {
    };
    /** Counts the refused submits: each one asks the screen to put the cursor in the first field in error. */
    private final ReadOnlyIntegerWrapper refusals = new ReadOnlyIntegerWrapper(this, "refusals", 0);

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

    /**
     * 入力内容を確認してください。n件の項目に誤りがあります。, counted again as each reason comes or goes, and gone once
     * none is left. {@code others} are reasons outside the form, such as the keys of まとめて追加 checked as a whole.
     */
    public void fieldsNeedAttention(Messages messages, Form form, ObservableStringValue... others) {
        List<ObservableStringValue> reasons = new ArrayList<>(form.errors());
        reasons.addAll(List.of(others));
        InvalidationListener recount = changed -> {
            long count = reasons.stream().filter(reason -> !reason.get().isEmpty()).count();
            if (count == 0) {
                clear();
            } else {
                text.set(messages.get(FIELDS_NEED_ATTENTION, count));
            }
        };
        show(Kind.ERROR, "");
        recount.invalidated(null);
        refusals.set(refusals.get() + 1);
        if (kind.get() == Kind.ERROR) {
            reasons.forEach(reason -> reason.addListener(recount));
            stopCounting = () -> reasons.forEach(reason -> reason.removeListener(recount));
        }
    }

    private static final String FIELDS_NEED_ATTENTION = "common.banner.fieldsNeedAttention";

    private void show(Kind newKind, String message) {
        stopCounting.run();
        stopCounting = () -> {
        };
        text.set(message);
        kind.set(newKind);
    }

    public ReadOnlyIntegerProperty refusals() {
        return refusals.getReadOnlyProperty();
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
