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

    private static long started;
    private static long mainAt;
    private static long launchedAt;
    private static long builtAt;

    public static void main(String[] args) {
        mainAt = System.currentTimeMillis();
        started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(mainAt);
        Application.launch(Hello.class);
    }

    public static final class Hello extends Application {
        @Override
        public void init() {
            launchedAt = System.currentTimeMillis();
        }

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 800));
            stage.show();
            builtAt = System.currentTimeMillis();
            // The line the application's log says once its first window is shown, with the same phases (the start-up
            // benchmark waits for it and gathers the phases).
            Platform.runLater(() -> {
                long now = System.currentTimeMillis();
                System.err.println("License Desk: first window shown, " + (now - started)
                        + " ms after the process started (runtime started " + (mainAt - started)
                        + " ms, toolkit started " + (launchedAt - mainAt) + " ms, window shown "
                        + (builtAt - launchedAt) + " ms, first frame " + (now - builtAt) + " ms)");
            });
        }
    }
}
