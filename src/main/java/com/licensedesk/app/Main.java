package com.licensedesk.app;

import javafx.application.Application;

/**
 * The launcher: with no arguments it opens the window; with arguments it runs the command line and exits with its
 * code. Not an {@link Application} itself, so that JavaFX on the class path starts cleanly.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(LicenseDeskApp.class, args);
            return;
        }
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
