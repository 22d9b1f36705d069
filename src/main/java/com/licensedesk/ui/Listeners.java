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

    /**
     * {@code listener} hears {@code source} until {@code owner} has left the screen (also while it is being built):
     * a screen left behind, not yet collected, hears nothing more.
     */
    public static <T> void whileShown(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        boolean[] left = {false};
        owner.sceneProperty().addListener((obs, was, now) -> left[0] = left[0] || (was != null && now == null));
        ChangeListener<T> shown = (obs, was, now) -> {
            if (!left[0]) {
                listener.changed(obs, was, now);
            }
        };
        owner.getProperties().put(new Object(), shown);
        source.addListener(new WeakChangeListener<>(shown));
    }
}
