package com.licensedesk.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;

/** Puts the cursor in a screen's first field once the screen is on the window. */
public final class InitialFocus {
    private InitialFocus() {
    }

    /**
     * The screen being replaced held the focus; the scene moves it on during its next pulse, so the request is made
     * after that pulse, not before it.
     */
    public static void on(Node node) {
        on(() -> node);
    }

    /** As {@link #on(Node)}, the field chosen when the focus moves: a screen whose first step is still loading. */
    public static void on(Supplier<Node> node) {
        Platform.runLater(() -> Platform.runLater(() -> node.get().requestFocus()));
    }
}
