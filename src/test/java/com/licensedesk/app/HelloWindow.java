package com.licensedesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's floor: a bare JavaFX window with one label, launched the way {@link Main} launches the
 * application (a plain main class, JavaFX on the class path). It says {@code shown} once the window is on screen.
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
            Platform.runLater(() -> System.err.println(StartupBenchmark.SHOWN));
        }
    }
}
