package com.licensedesk.app;

import com.licensedesk.settings.KioskQuitViewModel;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Tasks;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** A kiosk's window: the whole screen, no key leaves full screen, and closing needs the settings PIN. */
final class KioskLock {
    private final Stage stage;
    private final Messages messages;
    private final Dialogs dialogs;
    private final KioskQuitViewModel quit;

    KioskLock(Stage stage, Messages messages, Dialogs dialogs, Tasks tasks, SettingsFile settings) {
        this.stage = stage;
        this.messages = messages;
        this.dialogs = dialogs;
        this.quit = new KioskQuitViewModel(settings, tasks, messages, Platform::exit);
    }

    /** Before the window is shown. */
    void beforeShowing() {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(event -> {
            event.consume();
            askPinToQuit();
        });
    }

    /** Once shown: full screen needs the window on screen; the bounds help where the window manager does not. */
    void afterShowing() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
    }

    private void askPinToQuit() {
        quit.opened();
        dialogs.askPin(messages.get("kiosk.quit.title"), messages.get("kiosk.quit.lead"),
                messages.get("kiosk.quit.title"), quit.pin(), quit::submit);
    }
}
