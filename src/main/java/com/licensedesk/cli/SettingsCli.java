package com.licensedesk.cli;

import com.licensedesk.settings.SettingsFile;
import java.util.List;

/** {@code settings pin}: the PIN that guards the settings and leaving a kiosk. */
final class SettingsCli extends CommandGroup {
    SettingsCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 0, "settings", "pin")) {
            return setPin();
        }
        return usage();
    }

    /** Sets the settings PIN, asked twice on the console (or read as two lines from a script's input). */
    private int setPin() {
        String[] typed = twoSecrets(messages.get("cli.pin.ask"), messages.get("cli.pin.again"));
        String first = typed[0];
        String second = typed[1];
        if (!SettingsFile.isValidPin(first)) {
            err.println(messages.get("settings.pin.rule"));
            return Cli.USER_ERROR;
        }
        if (!first.equals(second)) {
            err.println(messages.get("settings.pin.mismatch"));
            return Cli.USER_ERROR;
        }
        try (Installation.Opened opened = installation.open()) {
            opened.settingsFile().setPin(first);
        }
        out.println(messages.get("cli.pin.done"));
        return Cli.OK;
    }
}
