package com.licensedesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Enter means 続行 on every screen; a check box with the focus would take it as a toggle instead. */
public final class EnterKey {
    private EnterKey() {
    }

    public static void continues(Button continueButton, CheckBox... boxes) {
        for (CheckBox box : boxes) {
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    continueButton.fire();
                }
            });
        }
    }
}
