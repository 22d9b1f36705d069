package com.licensedesk.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.app.Commands;
import com.licensedesk.app.ReplayHandlers;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.audit.AuditRecord;
import com.licensedesk.auth.Credentials;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.KeyRefused;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.store.JooqJournal;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.app.Services;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home replays a kiosk's entries through the desks' own handlers: once, with the kiosk's entry id, sequence number,
 * clock and Message-IDs, on home's account of the same login ID.
 */
class ReplayTest {
    private static final CommandJson JSON = Commands.json();
    private static final List<String> WRITTEN = List.of("account", "contractor", "licence", "audit_log", "journal",
            "outbox_mail");
    private static final Instant AT_HOME = Fixtures.NOW.plus(Duration.ofDays(2));
    @TempDir Path folder;
    private final MovableClock kioskClock = new MovableClock(Fixtures.NOW);
    private final MovableClock homeClock = new MovableClock(AT_HOME);
    private TestPlace kiosk;
    private TestStore home;
    private ChangePipeline homePipeline;
    private Handlers handlers;
    private long kioskAccount;
    private Services homeServices;

    @BeforeEach
    void open() {
        kiosk = TestPlace.kiosk(folder.resolve("kiosk"), kioskClock);
        home = new TestStore(folder.resolve("home")).withDemoCatalogue();
        homeServices = TestDesk.servicesOn(home, homeClock);
        handlers = homeServices.replayHandlers;
        homePipeline = homeServices.pipeline;
        kioskAccount = kiosk.registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"))
                .accountId();
    }

    @AfterEach
    void close() {
        kiosk.close();
        home.close();
    }

    @Test
    void aKiosksRegistrationIsWrittenAtHomeWithTheKiosksEntryClockAndMail() {
        JournalEntry entry = sent().get(0);
        HeldMail held = JSON.readMails(entry.mails().orElseThrow()).get(0);
        AtomicInteger marked = new AtomicInteger();

        Object result = replay(entry, marked::incrementAndGet);

        assertThat(marked).hasValue(1);
        long accountId = home.accounts.find("Tanaka_01").orElseThrow().accountId();
        assertThat(result).isInstanceOfSatisfying(RegistrationService.Registered.class,
                registered -> assertThat(registered.accountId()).isEqualTo(accountId));
        assertThat(home.audit.search(AuditQuery.everything(), 10)).singleElement().satisfies(record -> {
            assertThat(record.entry().action()).isEqualTo(AuditAction.ACCOUNT_REGISTERED);
            assertThat(record.entry().actor()).isEqualTo(Actor.customer("Tanaka_01"));
            assertThat(record.desk()).as("where it was entered").isEqualTo(TestPlace.KIOSK);
            assertThat(record.entry().at()).as("home's clock").isEqualTo(AT_HOME);
            assertThat(record.enteredAt()).as("the kiosk's clock").contains(Fixtures.NOW);
        });
        assertThat(home.audit.forAccount(accountId)).singleElement().extracting(AuditEntry::entered)
                .isEqualTo(java.util.Optional.of(new AuditEntry.Entered(TestPlace.KIOSK, Fixtures.NOW)));
        assertThat(new JooqJournal(home.database).read(0, 10)).singleElement().satisfies(journalled -> {
            assertThat(journalled.id()).isEqualTo(entry.id());
            assertThat(journalled.origin()).isEqualTo(TestPlace.KIOSK);
            assertThat(journalled.originSequence()).contains(1L);
            assertThat(journalled.recordedAt()).isEqualTo(Fixtures.NOW);
            assertThat(journalled.mails()).as("sent from home's outbox").isEmpty();
        });
        assertThat(home.outbox.unsent()).singleElement().satisfies(mail -> {
            assertThat(mail.messageId()).isEqualTo(held.messageId());
            assertThat(mail.recipient()).isEqualTo(held.recipient());
            assertThat(mail.subject()).isEqualTo(held.subject());
            assertThat(mail.body()).isEqualTo(held.body());
        });
    }

    @Test
    void aSecondReplayIsRefusedAsAlreadyReplayedAndWritesNothing() {
        JournalEntry entry = sent().get(0);
        AtomicInteger marked = new AtomicInteger();
        replay(entry, marked::incrementAndGet);
        Map<String, Integer> before = rows();

        assertThatThrownBy(() -> replay(entry, marked::incrementAndGet))
                .isInstanceOfSatisfying(AlreadyReplayed.class, refused -> {
                    assertThat(refused.entryId()).isEqualTo(entry.id());
                    assertThat(refused.origin()).isEqualTo(TestPlace.KIOSK);
                    assertThat(refused.sequence()).contains(1L);
                });

        assertThat(rows()).isEqualTo(before);
        assertThat(marked).hasValue(1);
    }

    @Test
    void theCallersWriteFailingLeavesNothingOfTheReplay() {
        JournalEntry entry = sent().get(0);

        assertThatThrownBy(() -> replay(entry, () -> {
            throw new IllegalStateException("the caller's own write failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows()).containsOnlyKeys(WRITTEN).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        replay(entry, () -> { });
        assertThat(home.accounts.find("Tanaka_01")).isPresent();
    }

    @Test
    void aKiosksAccountIsFoundAtHomeByItsLoginIdAndTheCommandRunsOnHomesAccount() {
        long sato = homeServices.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02"))
                .accountId();
        kioskClock.advance(Duration.ofMinutes(5));
        kiosk.userInfo.save(Acting.self(kioskAccount, "Tanaka_01"), Fixtures.user("ichiro.tanaka@example.co.jp"), 0);
        List<JournalEntry> sent = sent();

        replay(sent.get(0), () -> { });
        long tanaka = home.accounts.find("Tanaka_01").orElseThrow().accountId();
        assertThat(tanaka).as("the ids differ").isNotEqualTo(kioskAccount);
        replay(sent.get(1), () -> { });

        assertThat(home.accounts.user(tanaka).email()).isEqualTo("ichiro.tanaka@example.co.jp");
        assertThat(home.accounts.user(sato).email()).isEqualTo("tanaka@example.co.jp");
        assertThat(new JooqJournal(home.database).read(0, 10)).last().satisfies(journalled -> assertThat(
                JSON.read(journalled.command(), journalled.formatVersion()).orElseThrow())
                .isEqualTo(new UserInfoService.SaveUserInfo(tanaka, "Tanaka_01",
                        Fixtures.user("ichiro.tanaka@example.co.jp"), 0)));
        assertThat(home.audit.forAccount(tanaka)).filteredOn(e -> e.action() == AuditAction.USER_CHANGED)
                .singleElement().extracting(AuditEntry::entered)
                .isEqualTo(java.util.Optional.of(new AuditEntry.Entered(TestPlace.KIOSK,
                        Fixtures.NOW.plus(Duration.ofMinutes(5)))));
        List<String> heldIds = JSON.readMails(sent.get(1).mails().orElseThrow()).stream()
                .map(HeldMail::messageId).toList();
        assertThat(heldIds).isNotEmpty();
        assertThat(home.outbox.unsent()).extracting(OutboxMail::messageId).containsAll(heldIds);
    }

    @Test
    void aKeyRegisteredAtHomeMeanwhileRefusesTheReplayAndNothingIsWritten() {
        kiosk.addKey.add(Acting.self(kioskAccount, "Tanaka_01"), Fixtures.key(DemoCatalog.REGISTRATION_KEY),
                new AgreementAcceptance("2026-11", Fixtures.NOW));
        List<JournalEntry> sent = sent();
        replay(sent.get(0), () -> { });
        homeServices.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02"));
        Map<String, Integer> before = rows();

        assertThatThrownBy(() -> replay(sent.get(1), () -> { })).isInstanceOf(KeyRefused.class);

        assertThat(rows()).isEqualTo(before);
    }

    /** What the kiosk's next bundle carries. */
    private List<JournalEntry> sent() {
        return kiosk.journal.waitingForHome(TestPlace.KIOSK);
    }

    /** As home's import does it: the command read, rebound to home's account of its login ID, and replayed. */
    private Object replay(JournalEntry entry, Runnable alsoWrite) {
        Command command = JSON.read(entry.command(), entry.formatVersion()).orElseThrow();
        if (command instanceof AccountCommand onAccount) {
            Credentials atHome = home.accounts.find(onAccount.loginId()).orElseThrow();
            command = onAccount.onAccount(atHome.accountId(), atHome.loginId());
        }
        KioskEntry kioskEntry = new KioskEntry(entry.id(), entry.origin(), entry.originSequence().orElseThrow(),
                entry.recordedAt(), JSON.readMails(entry.mails().orElseThrow()));
        return homePipeline.replay(kioskEntry, entry.actor(), command, handlers.of(command).orElseThrow(), alsoWrite);
    }

    private Map<String, Integer> rows() {
        return WRITTEN.stream().collect(Collectors.toMap(Function.identity(), home::rows));
    }
}
