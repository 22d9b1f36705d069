package com.licensedesk.ui;

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
        Platform.runLater(() -> Platform.runLater(node::requestFocus));
    }
}
