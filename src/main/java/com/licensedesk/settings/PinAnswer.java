package com.licensedesk.settings;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Formats;
import java.util.Optional;

/** What to say under the PIN field after a check: nothing when it was right. */
final class PinAnswer {
    private PinAnswer() {
    }

    static Optional<String> refusal(SettingsFile.PinCheck answer, Messages messages) {
        if (answer instanceof SettingsFile.PinCheck.Wrong wrong) {
            return Optional.of(messages.get("settings.pin.wrongTries", wrong.triesLeft()));
        }
        if (answer instanceof SettingsFile.PinCheck.Locked locked) {
            return Optional.of(messages.get("settings.pin.locked", SettingsFile.PIN_TRIES,
                    Formats.dateTime(locked.until())));
        }
        return Optional.empty();
    }
}
