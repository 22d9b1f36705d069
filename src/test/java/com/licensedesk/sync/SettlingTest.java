package com.licensedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.account.NewAccount;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.store.JooqKiosks;
import com.licensedesk.store.JooqReceivedEntries;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk's entries settle in its order, once; gaps and a customer's waiting entry hold what comes after. */
class SettlingTest {
    private static final Instant NOW = Fixtures.NOW;
    @TempDir Path folder;
    private TestStore store;
    private JooqKiosks kiosks;
    private JooqReceivedEntries entries;
    private final List<Long> replayed = new ArrayList<>();
    private Set<Long> conflicting = Set.of();
    private long account;

    @BeforeEach
    void open() {
        store = new TestStore(folder);
        kiosks = new JooqKiosks(store.database);
        entries = new JooqReceivedEntries(store.database);
        account = store.accounts.create(new NewAccount("Home_01", "hash", Fixtures.user("home@example.co.jp"),
                Locale.JAPANESE, NOW));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private final EntryReplay replay = (kiosk, entry) -> {
        replayed.add(entry.sequence());
        if (conflicting.contains(entry.sequence())) {
            return new EntryReplay.Conflicted(ReceivedEntry.Conflict.KEY_TAKEN, "desk-2");
        }
        entries.applied(entry.id(), NOW, "sync", account);
        return new EntryReplay.Applied(account);
    };

    private Settling settling() {
        return new Settling(kiosks, entries, replay, store.database);
    }

    @Test
    void aGapHoldsWhatComesAfterUntilTheMissingEntryArrives() {
        Kiosk kiosk = kiosks.enrol("k1", "s", "e", NOW, "admin_01");
        keep(kiosk, 1, "A_000001");
        keep(kiosk, 2, "B_000001");
        keep(kiosk, 4, "C_000001");

        Settling.Tally first = settling().settle(kiosks.find(kiosk.id()).orElseThrow());

        assertThat(first).isEqualTo(new Settling.Tally(2, 0, 1, OptionalLong.of(3)));
        assertThat(replayed).containsExactly(1L, 2L);
        assertThat(state(kiosk, 4)).isEqualTo(ReceivedEntry.State.HELD);
        assertThat(reason(kiosk, 4)).contains(Settling.GAP + 3);

        keep(kiosk, 3, "D_000001");
        Settling.Tally second = settling().settle(kiosks.find(kiosk.id()).orElseThrow());

        assertThat(second).isEqualTo(new Settling.Tally(2, 0, 0, OptionalLong.empty()));
        assertThat(replayed).containsExactly(1L, 2L, 3L, 4L);
        assertThat(kiosks.find(kiosk.id()).orElseThrow().appliedThrough()).isEqualTo(4);
    }

    @Test
    void aConflictWaitsForAPersonAndHoldsOnlyThatCustomersLaterEntries() {
        Kiosk kiosk = kiosks.enrol("k1", "s", "e", NOW, "admin_01");
        keep(kiosk, 1, "A_000001");
        keep(kiosk, 2, "A_000001");
        keep(kiosk, 3, "B_000001");
        conflicting = Set.of(1L);

        Settling.Tally tally = settling().settle(kiosk);

        assertThat(tally).isEqualTo(new Settling.Tally(1, 1, 1, OptionalLong.empty()));
        assertThat(replayed).containsExactly(1L, 3L);
        assertThat(state(kiosk, 1)).isEqualTo(ReceivedEntry.State.WAITING);
        assertThat(reason(kiosk, 2)).contains(Settling.BEHIND + 1);
        assertThat(entries.waiting()).singleElement()
                .satisfies(w -> assertThat(w.entry().conflict()).contains(ReceivedEntry.Conflict.KEY_TAKEN));

        // Settling again tries nothing that waits for a person.
        Settling.Tally again = settling().settle(kiosks.find(kiosk.id()).orElseThrow());
        assertThat(again).isEqualTo(new Settling.Tally(0, 1, 1, OptionalLong.empty()));
        assertThat(replayed).containsExactly(1L, 3L);
    }

    @Test
    void theSameEntriesKeptTwiceSettleOnce() {
        Kiosk kiosk = kiosks.enrol("k1", "s", "e", NOW, "admin_01");
        Map<Long, UUID> ids = Map.of(1L, UUID.randomUUID(), 2L, UUID.randomUUID());
        for (int round = 0; round < 2; round++) {
            ids.forEach((sequence, id) -> entries.keep(arrival(kiosk, sequence, id, "A_000001"), NOW));
            settling().settle(kiosks.find(kiosk.id()).orElseThrow());
        }
        assertThat(replayed).containsExactly(1L, 2L);
    }

    private void keep(Kiosk kiosk, long sequence, String loginId) {
        entries.keep(arrival(kiosk, sequence, UUID.randomUUID(), loginId), NOW);
    }

    private static ReceivedEntries.Arrival arrival(Kiosk kiosk, long sequence, UUID id, String loginId) {
        return new ReceivedEntries.Arrival(kiosk.id(), sequence, id, 1, NOW, Optional.of(loginId),
                "RegisterCustomer", "{}", "[]");
    }

    private ReceivedEntry entry(Kiosk kiosk, long sequence) {
        return entries.unsettledAfter(kiosk.id(), 0).stream().filter(e -> e.sequence() == sequence).findFirst()
                .or(() -> entries.forReply(kiosk.id(), 1).stream()
                        .filter(e -> e.sequence() == sequence).findFirst())
                .orElseThrow();
    }

    private ReceivedEntry.State state(Kiosk kiosk, long sequence) {
        return entry(kiosk, sequence).state();
    }

    private Optional<String> reason(Kiosk kiosk, long sequence) {
        return entry(kiosk, sequence).reason();
    }
}
