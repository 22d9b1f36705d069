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

    /** {@code listener} hears {@code source} while {@code owner} is on screen; a screen left behind hears nothing. */
    public static <T> void whileShown(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        ChangeListener<T> shown = (obs, was, now) -> {
            if (owner.getScene() != null) {
                listener.changed(obs, was, now);
            }
        };
        owner.getProperties().put(new Object(), shown);
        source.addListener(new WeakChangeListener<>(shown));
    }
}
