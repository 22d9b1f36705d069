package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.ui.BundledFont;
import com.licensedesk.ui.StartFailureDialog;
import java.time.Clock;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: the window's first screen at once; the database opens on a thread of its own once the window
 * is shown, and mail and the day's work start once it is open. A database that cannot be opened is said in a dialog,
 * and the window closes.
 */
public final class LicenseDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(LicenseDeskApp.class);
    private LicenseDesk app;
    private Exception startFailure;

    @Override
    public void init() {
        StartTimeline.reached("toolkit started");
        // The bundled font is copied out of the jar while the services are built; the window waits for it.
        Thread fonts = new Thread(BundledFont::load, "license-desk-fonts");
        fonts.setDaemon(true);
        fonts.start();
        try {
            app = LicenseDesk.starting(Settings.fromSystem(), Clock.systemDefaultZone());
            if (app.config.kiosk() && !app.settingsFile.hasPin()) {
                throw new IllegalStateException(app.messages.get("kiosk.needsPin"));
            }
        } catch (Exception e) {
            LOG.error("License Desk could not start", e);
            startFailure = e;
        }
        StartTimeline.reached("services built");
    }

    @Override
    public void start(Stage stage) {
        if (startFailure != null) {
            cannotStart(startFailure, null);
            return;
        }
        new MainWindow(app, stage, new SystemBrowser(getHostServices()::showDocument),
                change -> restart(change, stage))
                .open();
        LicenseDesk opening = app;
        Thread finishing = new Thread(() -> {
            try {
                opening.finishOpening();
                // Said once, after the first window's line: the start-up benchmark reads it too.
                LOG.info("License Desk: database open, {} ms after the process started", StartTimeline.sinceStart());
                opening.startMail();
                opening.startDailyWork();
            } catch (RuntimeException e) {
                LOG.error("License Desk could not start", e);
                Platform.runLater(() -> cannotStart(e, stage));
            }
        }, "license-desk-start");
        finishing.setDaemon(true);
        Platform.runLater(() -> {
            // For whoever looks into a slow start: how long the first window took (the start-up benchmark waits for
            // it). Then the database opens: not before, so that its opening does not slow the window's.
            LOG.info("License Desk: first window shown, {}", StartTimeline.summary());
            finishing.start();
        });
    }

    /** Says why in a dialog (over the window when it is shown), then ends the application. */
    private static void cannotStart(Exception why, Stage over) {
        StartFailureDialog.show(why.getMessage(), over);
        Platform.exit();
    }

    /**
     * The services are built again with a changed configuration (the other language, or saved settings) on the
     * same database, and the window starts over with them.
     */
    private void restart(UnaryOperator<Settings> change, Stage stage) {
        LicenseDesk previous = app;
        Thread opening = new Thread(() -> {
            LicenseDesk next = LicenseDesk.open(change.apply(previous.config), previous.clock);
            next.startMail();
            next.startDailyWork();
            Platform.runLater(() -> {
                app = next;
                new MainWindow(next, stage, new SystemBrowser(getHostServices()::showDocument),
                        other -> restart(other, stage)).open();
                // Off the FX thread: closing waits for the mail attempt in flight. Not a daemon: the application
                // ending meanwhile waits for it too, so that mail the server took is recorded as sent.
                new Thread(previous::close, "license-desk-closing").start();
            });
        }, "license-desk-language");
        opening.setDaemon(true);
        opening.start();
    }

    @Override
    public void stop() {
        if (app != null) {
            app.close();
        }
    }
}
