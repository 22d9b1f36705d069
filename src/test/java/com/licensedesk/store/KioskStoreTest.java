package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.account.NewAccount;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.kiosks.PlaceIdentity;
import com.licensedesk.kiosks.PlaceIdentityRepository;
import com.licensedesk.sync.ReceivedEntries;
import com.licensedesk.sync.ReceivedEntry;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home's register of kiosks, what they sent, and a place's own keys, on the real schema. */
class KioskStoreTest {
    private static final Instant NOW = Fixtures.NOW;
    @TempDir Path folder;
    private TestStore store;
    private JooqKiosks kiosks;
    private JooqReceivedEntries entries;
    private JooqPlaceIdentity identity;

    @BeforeEach
    void open() {
        store = new TestStore(folder);
        kiosks = new JooqKiosks(store.database);
        entries = new JooqReceivedEntries(store.database);
        identity = new JooqPlaceIdentity(store.database);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aKioskIsEnrolledOnceByNameAndRevokedOnce() {
        Kiosk kiosk = kiosks.enrol("shinjuku-1", "sign-pub", "enc-pub", NOW, "admin_01");

        assertThat(kiosk.active()).isTrue();
        assertThat(kiosk.appliedThrough()).isZero();
        assertThatThrownBy(() -> kiosks.enrol("shinjuku-1", "x", "y", NOW, "admin_01"))
                .isInstanceOf(KioskRepository.NameTaken.class);
        assertThat(kiosks.revoke(kiosk.id(), NOW.plusSeconds(60), "admin_01", "盗難")).isTrue();
        assertThat(kiosks.revoke(kiosk.id(), NOW.plusSeconds(90), "admin_02", "again")).isFalse();

        Kiosk revoked = kiosks.find("shinjuku-1").orElseThrow();
        assertThat(revoked.state()).isEqualTo(Kiosk.State.REVOKED);
        assertThat(revoked.revocation()).contains(new Kiosk.Revocation(NOW.plusSeconds(60), "admin_01", "盗難"));
    }

    @Test
    void anEntryIsKeptOnceWhateverTheBundleItCameIn() {
        long kiosk = kiosks.enrol("k1", "s", "e", NOW, "admin_01").id();
        UUID id = UUID.randomUUID();

        assertThat(entries.keep(arrival(kiosk, 1, id, "Tanaka_01"), NOW)).isTrue();
        assertThat(entries.keep(arrival(kiosk, 1, id, "Tanaka_01"), NOW)).isFalse();
        assertThat(entries.keep(arrival(kiosk, 1, UUID.randomUUID(), "Tanaka_01"), NOW)).isFalse();
        assertThat(entries.keep(arrival(kiosk, 2, id, "Tanaka_01"), NOW)).isFalse();

        assertThat(entries.unsettledAfter(kiosk, 0)).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(ReceivedEntry.State.HELD));
        assertThat(kiosks.find(kiosk).orElseThrow().unsettled()).isEqualTo(1);
    }

    @Test
    void entriesSettleAndTheReplyTellsWhatChangedSinceTheLastOne() {
        long kiosk = kiosks.enrol("k1", "s", "e", NOW, "admin_01").id();
        entries.keep(arrival(kiosk, 1, UUID.randomUUID(), "Tanaka_01"), NOW);
        entries.keep(arrival(kiosk, 2, UUID.randomUUID(), "Suzuki_01"), NOW);
        entries.keep(arrival(kiosk, 4, UUID.randomUUID(), "Suzuki_01"), NOW);
        assertThat(entries.sequencesFrom(kiosk, 1)).containsExactly(1L, 2L, 4L);

        long first = entries.unsettledAfter(kiosk, 0).get(0).id();
        long second = entries.unsettledAfter(kiosk, 0).get(1).id();
        long account = store.accounts.create(new NewAccount("Tanaka_01", "hash", Fixtures.user("tanaka@example.co.jp"),
                Locale.JAPANESE, NOW));
        entries.applied(first, NOW, "sync", account);
        entries.waiting(second, ReceivedEntry.Conflict.KEY_TAKEN, "registered at desk-2");
        kiosks.settledThrough(kiosk, 2);
        kiosks.settledThrough(kiosk, 1);

        assertThat(kiosks.find(kiosk).orElseThrow().appliedThrough()).isEqualTo(2);
        assertThat(entries.waiting()).singleElement().satisfies(w -> {
            assertThat(w.kioskName()).isEqualTo("k1");
            assertThat(w.entry().conflict()).contains(ReceivedEntry.Conflict.KEY_TAKEN);
        });
        assertThat(entries.find(first).orElseThrow().homeAccountId()).contains(account);

        Instant replied = NOW.plus(Duration.ofMinutes(5));
        CatalogRepository.ImportMark catalogueMark = new CatalogRepository.ImportMark("2026-11-24 01:00:00.123456789", "LD-0001");
        kiosks.noteReply(kiosk, 1, replied, 17, Optional.of(catalogueMark));
        assertThat(kiosks.replyMark(kiosk))
                .isEqualTo(new KioskRepository.ReplyMark(1, Optional.of(replied), 17, 1, Optional.of(catalogueMark)));
        kiosks.noteReply(kiosk, 1, replied, 17, Optional.empty());
        assertThat(kiosks.replyMark(kiosk).catalogueThrough()).as("a reply with no catalogue keys keeps the mark")
                .contains(catalogueMark);
        // The kiosk's next bundle starts at 2: it heard of 1; the reply tells of 2 and what follows.
        kiosks.noteReceived(kiosk, replied, 2);
        assertThat(entries.forReply(kiosk, kiosks.replyMark(kiosk).acksFrom())).extracting(ReceivedEntry::sequence)
                .containsExactly(2L, 4L);
        assertThat(entries.forReply(kiosk, 1)).hasSize(3);
    }

    @Test
    void aPlaceHasOneIdentityAndAKioskKnowsItsHome() {
        assertThat(identity.find()).isEmpty();
        identity.create(new PlaceIdentity("k1", "sp", "spub", "dp", "epub",
                Optional.of(new PlaceIdentity.Home("home", "hs", "he")), NOW, Optional.empty(), Optional.empty(), 0));
        assertThatThrownBy(() -> identity.create(new PlaceIdentity("k2", "a", "b", "c", "d", Optional.empty(), NOW,
                Optional.empty(), Optional.empty(), 0))).isInstanceOf(PlaceIdentityRepository.AlreadyMade.class);

        identity.noteSent(NOW.plusSeconds(10));
        identity.noteHeard(NOW.plusSeconds(20), 3);
        PlaceIdentity kiosk = identity.find().orElseThrow();
        assertThat(kiosk.isKiosk()).isTrue();
        assertThat(kiosk.home().orElseThrow().name()).isEqualTo("home");
        assertThat(kiosk.lastSentAt()).contains(NOW.plusSeconds(10));
        assertThat(kiosk.lastHeardAt()).contains(NOW.plusSeconds(20));
        assertThat(kiosk.lastReplySequence()).isEqualTo(3);
    }

    private static ReceivedEntries.Arrival arrival(long kiosk, long sequence, UUID id, String loginId) {
        return new ReceivedEntries.Arrival(kiosk, sequence, id, 1, NOW.minus(Duration.ofDays(1)),
                Optional.of(loginId), "RegisterCustomer", "{}", "[]");
    }
}
