package com.licensedesk.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window's size: 1120x820 where the screen has room, at most 90 % of the screen it opens on otherwise. */
final class WindowSize {
    private static final double WIDTH = 1120;
    private static final double HEIGHT = 820;
    private static final double SHARE = 0.9;

    private WindowSize() {
    }

    static Scene scene(Parent root, Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth() * SHARE);
        double height = Math.min(HEIGHT, screen.getHeight() * SHARE);
        stage.setMinWidth(Math.min(900, width));
        stage.setMinHeight(Math.min(640, height));
        return new Scene(root, width, height);
    }
}
