package com.licensedesk.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.mail.NewMail;
import com.licensedesk.mail.Outbox;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.store.JooqJournal;
import com.licensedesk.store.JooqPlace;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal of an enrolled kiosk: each change numbered in the kiosk's sequence, its mail held with the entry and
 * never in the outbox; a desk's journal and outbox as before.
 */
class KioskJournalTest {
    private static final CommandJson JSON = com.licensedesk.app.Commands.json();
    @TempDir Path folder;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);

    @Test
    void atAnEnrolledKioskEachChangeTakesTheNextNumberAndHoldsItsMailWithTheEntry() {
        try (TestPlace kiosk = TestPlace.kiosk(folder, clock)) {
            RegistrationService.Registered registered = kiosk.registration.register(
                    Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
            Acting tanaka = Acting.self(registered.accountId(), "Tanaka_01");
            clock.advance(Duration.ofMinutes(3));
            kiosk.userInfo.save(tanaka, Fixtures.user("ichiro.tanaka@example.co.jp"), 0);
            kiosk.addKey.add(tanaka, Fixtures.key(DemoCatalog.REGISTRATION_KEY),
                    new AgreementAcceptance("2026-11", clock.instant()));

            assertThat(registered.confirmedByHome()).isTrue();
            assertThat(kiosk.store.rows("outbox_mail")).as("nothing is sent from a kiosk").isZero();
            List<JournalEntry> waiting = kiosk.journal.waitingForHome(TestPlace.KIOSK);
            assertThat(waiting).extracting(JournalEntry::commandType)
                    .containsExactly("RegisterCustomer", "SaveUserInfo", "AddKeys");
            assertThat(waiting).extracting(entry -> entry.originSequence().orElseThrow()).containsExactly(1L, 2L, 3L);
            assertThat(waiting).extracting(JournalEntry::origin).containsOnly(TestPlace.KIOSK);
            assertThat(waiting).extracting(JournalEntry::recordedAt)
                    .containsExactly(Fixtures.NOW, Fixtures.NOW.plusSeconds(180), Fixtures.NOW.plusSeconds(180));
            assertThat(kiosk.journal.countWaitingForHome(TestPlace.KIOSK)).isEqualTo(3);

            List<HeldMail> registrationMail = JSON.readMails(waiting.get(0).mails().orElseThrow());
            assertThat(registrationMail).singleElement().satisfies(mail -> {
                assertThat(mail.messageId()).matches("<[0-9a-f-]{36}@" + TestPlace.KIOSK_DOMAIN + ">");
                assertThat(mail.recipient()).isEqualTo("tanaka@example.co.jp");
                assertThat(mail.subject()).contains("製品登録完了のお知らせ");
                assertThat(mail.body()).contains(Fixtures.key(DemoCatalog.ACTIVATION_CODE).value());
                assertThat(mail.holdsSecret()).isFalse();
                assertThat(mail.validUntil()).isEmpty();
            });
            assertThat(JSON.readMails(waiting.get(1).mails().orElseThrow())).extracting(HeldMail::recipient)
                    .contains("ichiro.tanaka@example.co.jp");
            assertThat(kiosk.store.audit.forAccount(registered.accountId())).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.ACCOUNT_REGISTERED, AuditAction.USER_CHANGED,
                            AuditAction.LICENCE_ADDED);
        }
    }

    @Test
    void aDeskSendsTheMailAndNumbersNothing() {
        try (TestPlace desk = TestPlace.desk(folder, clock)) {
            RegistrationService.Registered registered = desk.registration.register(
                    Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));

            assertThat(registered.confirmedByHome()).isFalse();
            assertThat(desk.store.outbox.unsent()).singleElement()
                    .satisfies(mail -> assertThat(mail.subject()).contains("製品登録完了のお知らせ"));
            assertThat(desk.journal.read(0, 10)).singleElement().satisfies(entry -> {
                assertThat(entry.origin()).isEqualTo("desk-1");
                assertThat(entry.originSequence()).isEmpty();
                assertThat(entry.mails()).isEmpty();
            });
            assertThat(desk.journal.waitingForHome("desk-1")).isEmpty();
        }
    }

    @Test
    void aKioskBecomesOneWhenItsIdentityNamesAHome() {
        try (TestStore store = new TestStore(folder)) {
            JooqPlace place = new JooqPlace(store.database);
            assertThat(place.enrolledKiosk()).as("no identity yet").isEmpty();
            store.execute("insert into sync_identity (id, place_name, signing_private, signing_public,"
                    + " decrypting_private, encrypting_public, created_at)"
                    + " values (1, 'kiosk-7', 'sp', 'spub', 'dp', 'epub', CURRENT_TIMESTAMP)");
            assertThat(place.enrolledKiosk()).as("home's own identity, or a kiosk not joined yet").isEmpty();
            store.execute("update sync_identity set home_name = 'home', home_signing_public = 'hs',"
                    + " home_encrypting_public = 'he'");

            assertThat(place.enrolledKiosk()).contains("kiosk-7");
            ChangePipeline pipeline = new ChangePipeline(store.database, new Outbox(store.outbox, clock,
                    "example.test"), store.audit, new JooqJournal(store.database), Notes.JSON, clock, "desk-1", place);
            pipeline.run(Actor.system("test"), new Notes.Note("first"), Notes::note);
            assertThat(new JooqJournal(store.database).waitingForHome("kiosk-7")).singleElement()
                    .satisfies(entry -> assertThat(entry.originSequence()).contains(1L));
            assertThat(store.rows("outbox_mail")).isZero();
        }
    }

    @Test
    void aChangeThatIsNotJournalledStillMailsFromTheKiosksOutbox() {
        try (TestStore store = new TestStore(folder)) {
            ChangePipeline pipeline = Notes.kioskPipeline(store, clock);

            pipeline.run(Actor.system("test"), new Notes.Notice("sent from here"), Notes::notice);

            assertThat(store.outbox.unsent()).singleElement()
                    .satisfies(mail -> assertThat(mail.body()).isEqualTo("sent from here"));
            assertThat(store.rows("journal")).isZero();
        }
    }

    @Test
    void twoCustomersChangingAtOneKioskAtOnceTakeEveryNumberOnceAndInTheirOrder() throws Exception {
        int each = 25;
        try (TestStore store = new TestStore(folder)) {
            ChangePipeline pipeline = Notes.kioskPipeline(store, clock);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (String who : List.of("a", "b")) {
                    done.add(threads.submit(() -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            pipeline.run(Actor.system("test"), new Notes.Note(who + i), Notes::note);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> one : done) {
                    one.get(2, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
            }

            List<JournalEntry> entries = new JooqJournal(store.database).waitingForHome(TestPlace.KIOSK);
            assertThat(entries).extracting(entry -> entry.originSequence().orElseThrow())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * each).boxed().toList());
            for (String who : List.of("a", "b")) {
                // Each customer's changes, made one after the other, keep their order in the sequence.
                assertThat(entries.stream().map(entry -> Notes.JSON.read(entry.command(), entry.formatVersion())
                        .map(Notes.Note.class::cast).orElseThrow().text()).filter(text -> text.startsWith(who)))
                        .containsExactlyElementsOf(LongStream.range(0, each).mapToObj(i -> who + i).toList());
            }
            assertThat(store.rows("outbox_mail")).isZero();
        }
    }

    @Test
    void whatHomeSaidIsKeptAndAnErasedEntryKeepsOnlyItsPlaceInTheSequence() {
        try (TestPlace kiosk = TestPlace.kiosk(folder, clock)) {
            long accountId = kiosk.registration.register(
                    Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01")).accountId();
            Acting tanaka = Acting.self(accountId, "Tanaka_01");
            kiosk.userInfo.save(tanaka, Fixtures.user("ichiro.tanaka@example.co.jp"), 0);
            kiosk.userInfo.save(tanaka, Fixtures.user("i.tanaka@example.co.jp"), 1);
            List<JournalEntry> sent = kiosk.journal.waitingForHome(TestPlace.KIOSK);

            assertThat(kiosk.journal.acknowledge(sent.get(0).id(), HomeState.APPLIED, Optional.empty())).isTrue();
            assertThat(kiosk.journal.erase(sent.get(0).id(), clock.instant())).isTrue();
            assertThat(kiosk.journal.erase(sent.get(0).id(), clock.instant())).as("erased once").isFalse();
            kiosk.journal.acknowledge(sent.get(1).id(), HomeState.WAITING, Optional.of("LOGIN_ID_TAKEN"));
            kiosk.journal.acknowledge(sent.get(2).id(), HomeState.HELD, Optional.empty());

            assertThat(kiosk.journal.waitingForHome(TestPlace.KIOSK)).extracting(JournalEntry::id)
                    .containsExactly(sent.get(1).id(), sent.get(2).id());
            kiosk.journal.acknowledge(sent.get(2).id(), HomeState.REJECTED, Optional.of("duplicate"));
            assertThat(kiosk.journal.countWaitingForHome(TestPlace.KIOSK)).isEqualTo(1);
            List<JournalEntry> all = kiosk.journal.read(0, 10);
            assertThat(all.get(0)).satisfies(erased -> {
                assertThat(erased.id()).isEqualTo(sent.get(0).id());
                assertThat(erased.originSequence()).contains(1L);
                assertThat(erased.commandType()).isEqualTo("RegisterCustomer");
                assertThat(erased.command()).isEqualTo("{}");
                assertThat(erased.mails()).contains("[]");
                assertThat(erased.homeState()).contains(HomeState.APPLIED);
                assertThat(erased.erasedAt()).contains(clock.instant());
            });
            assertThat(all.get(1).homeState()).contains(HomeState.WAITING);
            assertThat(all.get(1).homeReason()).contains("LOGIN_ID_TAKEN");
            assertThat(all.get(1).command()).contains("ichiro.tanaka@example.co.jp");
            assertThat(all.get(2).homeState()).contains(HomeState.REJECTED);
        }
    }

    /** Commands of this test's own, so that the pipeline is shown apart from any feature. */
    static final class Notes {
        static final CommandJson JSON = new CommandJson(List.of(Note.class, Notice.class));

        /** A journalled change with a mail. */
        record Note(String text) implements Command {
        }

        /** An event with a mail, never journalled. */
        record Notice(String text) implements NotJournalled {
        }

        static ChangePipeline kioskPipeline(TestStore store, MovableClock clock) {
            return new ChangePipeline(store.database, new Outbox(store.outbox, clock, TestPlace.KIOSK_DOMAIN),
                    store.audit, new JooqJournal(store.database), JSON, clock, "desk-1",
                    Place.kiosk(TestPlace.KIOSK));
        }

        static Outcome<String> note(Note note, ChangeContext context) {
            return Outcome.changed(note.text()).mailing(new NewMail("a@example.test", "note", note.text(), false));
        }

        static Outcome<String> notice(Notice notice, ChangeContext context) {
            return Outcome.event(notice.text(), Optional.empty(), AuditAction.MAIL_RESENT, notice.text())
                    .mailing(new NewMail("a@example.test", "notice", notice.text(), false));
        }
    }
}
