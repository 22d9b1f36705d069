package com.licensedesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Enter means 続行 on every screen; a check box or radio button with the focus would take it as a toggle instead. */
public final class EnterKey {
    private EnterKey() {
    }

    public static void continues(Button continueButton, ButtonBase... boxes) {
        for (ButtonBase box : boxes) {
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    continueButton.fire();
                }
            });
        }
    }
}
