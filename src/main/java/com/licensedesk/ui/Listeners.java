package com.licensedesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;

/**
 * View models outlive the screens that show them; a screen listens to them weakly, holding its listener itself, so
 * that a screen left behind can be collected.
 */
public final class Listeners {
    private Listeners() {
    }

    public static <T> void whileShown(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        owner.getProperties().put(new Object(), listener);
        source.addListener(new WeakChangeListener<>(listener));
    }
}
