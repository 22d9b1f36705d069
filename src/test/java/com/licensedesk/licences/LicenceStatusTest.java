package com.licensedesk.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status rule at its edges: expiring within 30 days of the expiry date inclusive, expired the day after it. */
class LicenceStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void expiringTodayIsStillExpiringNotExpired() {
        assertThat(LicenceStatus.of(TODAY, TODAY, 30)).isEqualTo(LicenceStatus.EXPIRING);
    }

    @Test
    void theDayAfterTheExpiryDayIsExpired() {
        assertThat(LicenceStatus.of(TODAY.minusDays(1), TODAY, 30)).isEqualTo(LicenceStatus.EXPIRED);
    }

    @Test
    void thirtyDaysAwayIsExpiringAndThirtyOneIsValid() {
        assertThat(LicenceStatus.of(TODAY.plusDays(30), TODAY, 30)).isEqualTo(LicenceStatus.EXPIRING);
        assertThat(LicenceStatus.of(TODAY.plusDays(31), TODAY, 30)).isEqualTo(LicenceStatus.VALID);
    }

    @Test
    void theWarningWindowIsASetting() {
        assertThat(LicenceStatus.of(TODAY.plusDays(10), TODAY, 7)).isEqualTo(LicenceStatus.VALID);
        assertThat(LicenceStatus.of(TODAY.plusDays(7), TODAY, 7)).isEqualTo(LicenceStatus.EXPIRING);
    }

    @Test
    void eachStatusHasTheStyleClassOfTheUiContract() {
        assertThat(LicenceStatus.VALID.styleClass()).isEqualTo("status-valid");
        assertThat(LicenceStatus.EXPIRING.styleClass()).isEqualTo("status-expiring");
        assertThat(LicenceStatus.EXPIRED.styleClass()).isEqualTo("status-expired");
    }
}
