package com.licensedesk.app;

/**
 * Why License Desk cannot start, in one line in the user's language, naming the setting or file to fix: shown in the
 * start-failure dialog and on the command line, never as a stack trace.
 */
final class StartProblem extends RuntimeException {
    StartProblem(String message) {
        super(message, null, false, false);
    }

    StartProblem(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
