package com.licensedesk.app;

import java.time.Clock;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the database off the FX thread, then the window. */
public final class LicenseDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(LicenseDeskApp.class);
    private LicenseDesk desk;
    private Exception startFailure;

    @Override
    public void init() {
        try {
            desk = LicenseDesk.open(Config.fromSystem(), Clock.systemDefaultZone());
            if (desk.config.kiosk() && !desk.settingsFile.hasPin()) {
                throw new IllegalStateException(desk.messages.get("kiosk.needsPin"));
            }
            desk.startMail();
            desk.startDailyWork();
        } catch (Exception e) {
            LOG.error("License Desk could not start", e);
            startFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    "License Desk could not start / License Deskを起動できませんでした。\n\n"
                            + startFailure.getMessage());
            alert.setHeaderText("License Desk");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        new DeskWindow(desk, stage, new SystemBrowser(getHostServices()::showDocument),
                change -> restart(change, stage))
                .open();
    }

    /**
     * The services are built again with a changed configuration (the other language, or saved settings) on the
     * same database, and the window starts over with them.
     */
    private void restart(UnaryOperator<Config> change, Stage stage) {
        LicenseDesk previous = desk;
        Thread opening = new Thread(() -> {
            LicenseDesk next = LicenseDesk.open(change.apply(previous.config), previous.clock);
            next.startMail();
            next.startDailyWork();
            Platform.runLater(() -> {
                desk = next;
                new DeskWindow(next, stage, new SystemBrowser(getHostServices()::showDocument),
                        other -> restart(other, stage)).open();
                previous.close();
            });
        }, "license-desk-language");
        opening.setDaemon(true);
        opening.start();
    }

    @Override
    public void stop() {
        if (desk != null) {
            desk.close();
        }
    }
}
