package com.licensedesk.expiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every customer's registered licences by the day their keys end. Expiry dates are calendar days in Japan time. */
public interface ExpiryBoard {

    /** Registered licences per expiry day and product, for every day up to and including {@code through}. */
    List<ExpiryCount> countsThrough(LocalDate through);

    /**
     * The licences ending from {@code from} (or ever before, when empty) through {@code through}, of {@code product}
     * when given, soonest first; at most {@code limit}.
     */
    List<ExpiringLicence> licences(Optional<LocalDate> from, LocalDate through, Optional<String> product, int limit);

    /** How many licences {@link #licences} would list without a limit. */
    int count(Optional<LocalDate> from, LocalDate through, Optional<String> product);

    /** The same as {@link #licences} without a limit, handed over one by one (for a CSV of any size). */
    void eachLicence(Optional<LocalDate> from, LocalDate through, Optional<String> product,
                     Consumer<ExpiringLicence> each);
}
