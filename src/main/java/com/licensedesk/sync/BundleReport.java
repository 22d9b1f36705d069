package com.licensedesk.sync;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What reading one bundle came to: its kiosk, how many of its entries were applied now, wait for a person, or are
 * held (behind a missing entry, whose number {@code missing} gives, or behind a waiting one); or why it was refused.
 */
public record BundleReport(String fileName, Optional<String> kiosk, int entries, int applied, int waiting, int held,
                           OptionalLong missing, Optional<BundleRefused> refused) {

    /** Entries of the bundle home had settled or recorded before this reading: a bundle read twice, or overlapping. */
    public int takenBefore() {
        return entries - applied - waiting - held;
    }

    static BundleReport refused(String fileName, BundleRefused refused) {
        return new BundleReport(fileName, refused.kiosk(), 0, 0, 0, 0, OptionalLong.empty(), Optional.of(refused));
    }
}
