package com.licensedesk.app;

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
                System.setProperty("licensedesk.kiosk", "true");
            }
            Application.launch(LicenseDeskApp.class);
            return;
        }
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
