package com.licensedesk.expiry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Which licences 期限管理 lists: those already expired, those ending within a number of days, or those ending in one
 * month of the chart. A licence is valid through its expiry day (Japan time): one ending today is not expired.
 */
public sealed interface ExpiryFilter {

    /** The first expiry day listed; empty for no lower bound. */
    Optional<LocalDate> from(LocalDate today);

    /** The last expiry day listed. */
    LocalDate through(LocalDate today);

    default boolean holds(LocalDate expires, LocalDate today) {
        return from(today).map(first -> !expires.isBefore(first)).orElse(true) && !expires.isAfter(through(today));
    }

    /** 期限切れ: ended before today. */
    record Expired() implements ExpiryFilter {
        @Override
        public Optional<LocalDate> from(LocalDate today) {
            return Optional.empty();
        }

        @Override
        public LocalDate through(LocalDate today) {
            return today.minusDays(1);
        }
    }

    /** {@code days}日以内: from today through today plus the days. */
    record Within(int days) implements ExpiryFilter {
        public Within {
            if (days < 1) {
                throw new IllegalArgumentException("A window of " + days + " days");
            }
        }

        @Override
        public Optional<LocalDate> from(LocalDate today) {
            return Optional.of(today);
        }

        @Override
        public LocalDate through(LocalDate today) {
            return today.plusDays(days);
        }
    }

    /** すべて: every licence, whenever it ends (for the list and its CSV; no tile counts it). */
    record All() implements ExpiryFilter {
        /** Later than any catalogue's expiry, and a date every database can hold. */
        private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

        @Override
        public Optional<LocalDate> from(LocalDate today) {
            return Optional.empty();
        }

        @Override
        public LocalDate through(LocalDate today) {
            return LAST;
        }
    }

    /** One month of the chart; of the current month, only what has not yet expired. */
    record InMonth(YearMonth month) implements ExpiryFilter {
        @Override
        public Optional<LocalDate> from(LocalDate today) {
            LocalDate first = month.atDay(1);
            return Optional.of(first.isBefore(today) ? today : first);
        }

        @Override
        public LocalDate through(LocalDate today) {
            return month.atEndOfMonth();
        }
    }
}
