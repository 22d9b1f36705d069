package com.licensedesk.app;

import com.licensedesk.settings.KioskQuitViewModel;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Tasks;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** A kiosk's window: the whole screen, no key leaves full screen, and closing needs the settings PIN. */
final class KioskLock {
    private final Stage stage;
    private final Messages messages;
    private final KioskQuitViewModel quit;

    KioskLock(Stage stage, Messages messages, Tasks tasks, SettingsFile settings) {
        this.stage = stage;
        this.messages = messages;
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
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("kiosk.quit.title"));
        dialog.setHeaderText(messages.get("kiosk.quit.lead"));
        PasswordField pin = new PasswordField();
        pin.setId("quitPinField");
        pin.textProperty().bindBidirectional(quit.pin().text());
        Label error = new Label();
        error.setId("quitPinFieldError");
        error.getStyleClass().add("field-error");
        FieldError.show(error, quit.pin().error(), pin);
        dialog.getDialogPane().setContent(new VBox(6, pin, error));
        ButtonType leave = new ButtonType(messages.get("kiosk.quit.title"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(leave, cancel);
        dialog.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        // The dialog stays open until the PIN is right: a wrong one is said under the field.
        dialog.getDialogPane().lookupButton(leave).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            quit.submit();
        });
        InitialFocus.on(pin);
        dialog.showAndWait();
        pin.textProperty().unbindBidirectional(quit.pin().text());
    }
}
