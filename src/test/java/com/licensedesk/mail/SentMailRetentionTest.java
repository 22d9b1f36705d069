package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sent mail goes after its days; mail still waiting stays. */
class SentMailRetentionTest {
    @TempDir Path home;

    @Test
    void sentMailGoesAfterItsDaysAndWaitingMailStays() {
        MovableClock clock = new MovableClock(Fixtures.NOW);
        try (TestStore store = new TestStore(home).withDemoCatalogue()) {
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
            long sent = store.outbox.unsent().get(0).id();
            store.outbox.claim("desk-1", clock.instant(), Duration.ofMinutes(1), 10);
            store.outbox.markSent(sent, "desk-1", clock.instant());
            TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02"));
            SentMailRetention retention = new SentMailRetention(store.outbox, clock, 30);

            clock.advance(Duration.ofDays(11));
            assertThat(retention.prune()).as("the sent mail is 11 days old").isZero();
            assertThat(store.outbox.find(sent)).isPresent();

            clock.advance(Duration.ofDays(20));
            assertThat(retention.prune()).as("the sent mail is 31 days old").isPositive();
            assertThat(store.outbox.find(sent)).isEmpty();
            assertThat(store.outbox.unsent()).as("waiting mail is never deleted").hasSize(1);
        }
    }
}
