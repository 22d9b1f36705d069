package com.licensedesk.settings;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.FormField;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Leaving kiosk mode: the settings PIN, checked off the FX thread; a wrong one says so and the kiosk stays. */
public final class KioskQuitViewModel {
    private final SettingsFile file;
    private final Messages messages;
    private final Runnable quit;
    private final Activity activity;
    private final FormField pin = FormField.named("quitPinField").required().cleanUp(typed -> typed).build();

    public KioskQuitViewModel(SettingsFile file, Tasks tasks, Messages messages, Runnable quit) {
        this.file = file;
        this.messages = messages;
        this.quit = quit;
        this.activity = new Activity(tasks, messages, KioskQuitViewModel.class);
    }

    public FormField pin() {
        return pin;
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** 終了 in the dialog. */
    public void submit() {
        if (activity.isBusy() || !pin.validate(messages)) {
            return;
        }
        String typed = pin.value();
        activity.run("Checking the settings PIN", () -> file.checkPin(typed), answer -> {
            pin.text().set("");
            PinAnswer.refusal(answer, messages).ifPresentOrElse(pin::refuse, quit);
        });
    }

    /** The dialog opens empty. */
    public void opened() {
        pin.text().set("");
        pin.clearError();
    }
}
