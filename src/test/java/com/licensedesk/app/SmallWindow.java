package com.licensedesk.app;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A window of its own at 1024x768, the smallest the desk supports, for a flow test: the shared primary stage keeps the
 * size the other flow tests need.
 */
final class SmallWindow {
    private Stage stage;

    /** The application's window on {@code app}, opened. */
    MainWindow open(FxRobot robot, LicenseDesk app) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1024, 768));
            window[0] = new MainWindow(app, stage, url -> true, change -> { });
            window[0].open();
        });
        return window[0];
    }

    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }
}
