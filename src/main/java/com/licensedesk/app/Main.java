package com.licensedesk.app;

import com.licensedesk.cli.Cli;
import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import java.time.Clock;
import javafx.application.Application;

/**
 * The launcher: with no arguments it opens the window ({@code --kiosk}: in kiosk mode); with arguments it runs the
 * command line and exits with its code. Not an {@link Application} itself, so that JavaFX on the class path starts cleanly.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].equals("--kiosk"))) {
            if (args.length == 1) {
                System.setProperty(Setting.KIOSK.key(), "true");
            }
            StartTimeline.reached("runtime started");
            Application.launch(LicenseDeskApp.class);
            return;
        }
        Cli cli;
        try {
            Settings config = Settings.fromSystem();
            cli = new Cli(System.in, System.out, System.err, config,
                    new LicenseDeskInstallation(config, Clock.systemDefaultZone()));
        } catch (RuntimeException unreadableSettings) {
            // The settings file or the data directory named in them cannot be read: one line, no stack trace.
            System.err.println("License Desk: " + unreadableSettings.getMessage());
            System.exit(Cli.USER_ERROR);
            return;
        }
        System.exit(cli.run(args));
    }
}
