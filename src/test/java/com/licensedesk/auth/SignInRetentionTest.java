package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.store.JooqSignInAttempts;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in attempts go after their days; recent ones stay. */
class SignInRetentionTest {
    @TempDir Path home;

    @Test
    void oldSignInsGoAfterTheirDays() {
        MovableClock clock = new MovableClock(Fixtures.NOW);
        try (TestStore store = new TestStore(home)) {
            JooqSignInAttempts attempts = new JooqSignInAttempts(store.database);
            attempts.record("tanaka_01", clock.instant(), SignInAttempts.Outcome.FAILED);

            clock.advance(Duration.ofDays(11));
            attempts.record("sato_02", clock.instant(), SignInAttempts.Outcome.FAILED);
            assertThat(new SignInRetention(attempts, clock, 10).prune()).as("the first attempts are 11 days old")
                    .isPositive();
            assertThat(attempts.recentFailures("tanaka_01", Fixtures.NOW.minusSeconds(1))).isEmpty();
            assertThat(attempts.recentFailures("sato_02", clock.instant().minusSeconds(1))).hasSize(1);
        }
    }
}
