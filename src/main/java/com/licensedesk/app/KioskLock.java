package com.licensedesk.app;

import com.licensedesk.settings.SettingsFile;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Tasks;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A kiosk's window: the whole screen, no key leaves full screen, and closing needs the settings PIN. */
final class KioskLock {
    private static final Logger LOG = LoggerFactory.getLogger(KioskLock.class);
    private final Stage stage;
    private final Messages messages;
    private final Tasks tasks;
    private final SettingsFile settings;

    KioskLock(Stage stage, Messages messages, Tasks tasks, SettingsFile settings) {
        this.stage = stage;
        this.messages = messages;
        this.tasks = tasks;
        this.settings = settings;
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
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("kiosk.quit.title"));
        dialog.setHeaderText(messages.get("kiosk.quit.lead"));
        PasswordField pin = new PasswordField();
        pin.setId("quitPinField");
        dialog.getDialogPane().setContent(pin);
        ButtonType quit = new ButtonType(messages.get("kiosk.quit.title"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(quit, cancel);
        dialog.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        dialog.setResultConverter(button -> button == quit ? pin.getText() : null);
        InitialFocus.on(pin);
        dialog.showAndWait().ifPresent(typed -> tasks.run(() -> settings.pinMatches(typed), right -> {
            if (right) {
                Platform.exit();
            }
        }, failure -> LOG.error("Could not check the settings PIN", failure)));
    }
}
