package com.licensedesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's floor: a bare JavaFX window with one label, launched the way {@link Main} launches the
 * application (a plain main class, JavaFX on the class path, or in the packaged runtime). It says so once the window
 * is on screen. It needs nothing but JavaFX, so that the packaged runtime's java can start it from the test classes.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Hello.class);
    }

    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 800));
            stage.show();
            // The text the application's log says once its first window is shown (the start-up benchmark waits for it).
            Platform.runLater(() -> System.err.println("License Desk: first window shown"));
        }
    }
}
