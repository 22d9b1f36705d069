package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sent mail and sign-in attempts go after their days; mail still waiting and recent attempts stay. */
class RetentionTest {
    @TempDir Path home;

    @Test
    void sentMailAndOldSignInsGoAfterTheirDays() {
        MovableClock clock = new MovableClock(Fixtures.NOW);
        try (LicenseDesk desk = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString(),
                "licensedesk.retention.sent-mail-days", "30", "licensedesk.retention.sign-in-days", "10"), Map.of(),
                home), clock, Fixtures.CHEAP_HASHER)) {
            desk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
            long sent = desk.outboxMail.unsent().get(0).id();
            desk.outboxMail.claim("desk-1", clock.instant(), Duration.ofMinutes(1), 10);
            desk.outboxMail.markSent(sent, "desk-1", clock.instant());
            var attempts = new com.licensedesk.store.JooqSignInAttempts(desk.database);
            attempts.record("tanaka_01", clock.instant(), SignInAttempts.Outcome.FAILED);

            clock.advance(Duration.ofDays(11));
            desk.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02"));
            attempts.record("sato_02", clock.instant(), SignInAttempts.Outcome.FAILED);
            assertThat(desk.retention.prune()).as("the first attempts are 11 days old").isPositive();
            assertThat(attempts.recentFailures("tanaka_01", Fixtures.NOW.minusSeconds(1))).isEmpty();
            assertThat(attempts.recentFailures("sato_02", clock.instant().minusSeconds(1))).hasSize(1);

            clock.advance(Duration.ofDays(20));
            assertThat(desk.retention.prune()).as("the sent mail is 31 days old").isPositive();
            assertThat(desk.outboxMail.find(sent)).isEmpty();
            assertThat(desk.outboxMail.unsent()).as("waiting mail is never deleted").hasSize(1);
        }
    }
}
