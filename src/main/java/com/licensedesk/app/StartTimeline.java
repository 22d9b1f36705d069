package com.licensedesk.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The moments of a window's start, for the log line that says how long the first window took and where the time went
 * (the start-up benchmark gathers them into its profile). Counted from the process's start as the system knows it.
 */
final class StartTimeline {
    private static final List<String> PHASES = new ArrayList<>();
    private static final List<Long> AT = new ArrayList<>();
    private static boolean told;

    private StartTimeline() {
    }

    /** The phase that ends now, in the reader's words ("services built"); after the summary, nothing is kept. */
    static synchronized void reached(String phase) {
        if (told) {
            return; // a window built again (the other language) is no start
        }
        PHASES.add(phase);
        AT.add(System.currentTimeMillis());
    }

    /** Milliseconds since the process started, as the system knows it. */
    static synchronized long sinceStart() {
        return System.currentTimeMillis() - processStart();
    }

    private static long processStart() {
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(AT.isEmpty() ? System.currentTimeMillis() : AT.get(0));
    }

    /** "1210 ms after the process started (runtime started 230 ms, services built 190 ms, ...)", once. */
    static synchronized String summary() {
        told = true;
        long started = processStart();
        long now = System.currentTimeMillis();
        StringJoiner phases = new StringJoiner(", ", " (", ")");
        long previous = started;
        for (int i = 0; i < PHASES.size(); i++) {
            phases.add(PHASES.get(i) + " " + (AT.get(i) - previous) + " ms");
            previous = AT.get(i);
        }
        phases.add("first frame " + (now - previous) + " ms");
        return (now - started) + " ms after the process started" + phases;
    }
}
