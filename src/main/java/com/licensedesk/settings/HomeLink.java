package com.licensedesk.settings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What the kiosk's settings screen shows and does of its link to home: the sync's state, a bundle written now. */
public interface HomeLink {

    /** Empty at a desk, or at a kiosk that has not joined a home. */
    Optional<Status> status();

    /** Reads home's replies in {@code folder}, then writes the bundle there: its file name, empty when none waits. */
    Optional<String> exportNow(Path folder);

    /** When the kiosk last sent a bundle and last read a reply, and how many of its entries wait for home. */
    record Status(Optional<Instant> lastSent, Optional<Instant> lastHeard, int waiting) {
    }

    /** A desk: no home to link to. */
    static HomeLink none() {
        return new HomeLink() {
            @Override
            public Optional<Status> status() {
                return Optional.empty();
            }

            @Override
            public Optional<String> exportNow(Path folder) {
                return Optional.empty();
            }
        };
    }
}
