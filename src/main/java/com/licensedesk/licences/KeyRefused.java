package com.licensedesk.licences;

import com.licensedesk.catalog.KeyProblem;

/**
 * A key {@link KeyAvailability} would not register: taken, gone from the catalogue or expired since the screen
 * checked it. Nothing was written.
 */
public final class KeyRefused extends RuntimeException {
    private final KeyProblem problem;

    public KeyRefused(KeyProblem problem) {
        super("Key refused: " + problem, null, false, false);
        this.problem = problem;
    }

    public KeyProblem problem() {
        return problem;
    }
}
