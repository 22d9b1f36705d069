package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.licences.Licence;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.registration.RegistrationRefused;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.TestDesk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registration against a real SQLite file through the real migrations. */
class RegistrationStoreTest {
    private static final List<String> WRITTEN_TABLES = List.of("account", "contractor", "support_contact",
            "emergency_contact", "purchase_source", "licence", "outbox_mail", "audit_log");
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();

    @Test
    void aRequestThatDidNotComeThroughTheFormIsHeldToTheFormsRulesAndWritesNothing() {
        RegistrationRequest form = Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01");
        RegistrationRequest injected = new RegistrationRequest(form.key(), form.agreement(), "a' OR '1'='1",
                form.password(), new CompanyProfile("株式会社\u0000サンプル", "", "", "", "100-0001", "東京都",
                        "千代田区千代田1-1", ""), form.user(), form.purchaseSource(), "not a mail address",
                form.differentSupportContact(), form.language());

        assertThatThrownBy(() -> desk.services().registration.register(injected))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + " " + p.problem().messageKey()).containsExactly(
                                "loginId validation.loginId.character",
                                "companyName validation.controlCharacters",
                                "emergencyEmail validation.email"));
        for (String table : WRITTEN_TABLES) {
            assertThat(desk.store().rows(table)).as(table).isZero();
        }
    }

    @Test
    void registrationWritesEveryPartOnce() {
        RegistrationService.Registered registered = desk.services().registration
                .register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));

        for (String table : WRITTEN_TABLES) {
            assertThat(desk.store().rows(table)).as(table).isEqualTo(1);
        }
        List<Licence> licences = desk.store().licences.forAccount(registered.accountId());
        assertThat(licences).singleElement().satisfies(licence -> {
            assertThat(licence.entry().key()).isEqualTo(Fixtures.key(DemoCatalog.ACTIVATION_CODE));
            assertThat(licence.registeredAt()).isEqualTo(Fixtures.NOW);
        });
        assertThat(desk.store().value("select eula_version from licence")).isEqualTo("2026-11");
        assertThat(desk.store().outbox.unsent()).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("tanaka@example.co.jp");
            assertThat(mail.subject()).isEqualTo("【Kasumi Cloud Mail Protect】製品登録完了のお知らせ");
            assertThat(mail.messageId()).matches("<[0-9a-f-]+@example\\.test>");
        });
    }

    @Test
    void theJournalKeepsTheRegistrationWithThePasswordsHashNotThePassword() {
        RegistrationRequest request = Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01");
        desk.services().registration.register(request);

        assertThat(new JooqJournal(desk.store().database).read(0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.commandType()).isEqualTo("RegisterCustomer");
            assertThat(entry.command()).contains("\"loginId\":\"Tanaka_01\"")
                    .contains(String.valueOf(desk.store().value("select password_hash from account")))
                    .doesNotContain(request.password());
        });
    }

    @Test
    void aFailureAfterTheLicenceInsertLeavesNothingBehind() {
        LicenceRepository failingAfterInsert = new DelegatingLicences(desk.store().licences) {
            @Override
            public long add(long accountId, ProductKey key, AgreementAcceptance agreement, Instant at) {
                super.add(accountId, key, agreement, at);
                throw new IllegalStateException("the disk is full");
            }
        };

        assertThatThrownBy(() -> desk.servicesWith(options -> options.licences(failingAfterInsert)).registration
                .register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01")))
                .hasMessage("the disk is full");

        for (String table : WRITTEN_TABLES) {
            assertThat(desk.store().rows(table)).as(table).isZero();
        }
        // And the key is still free for a second attempt.
        desk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        assertThat(desk.store().rows("licence")).isEqualTo(1);
    }

    @Test
    void theSenderIsWokenOnlyOnceTheMailIsCommitted() {
        List<Integer> mailSeenWhenWoken = new ArrayList<>();
        Runnable wake = () -> mailSeenWhenWoken.add(desk.store().outbox.unsent().size());

        desk.servicesWith(options -> options.mailWritten(wake)).registration
                .register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        assertThat(mailSeenWhenWoken).containsExactly(1);

        LicenceRepository failing = new DelegatingLicences(desk.store().licences) {
            @Override
            public long add(long accountId, ProductKey key, AgreementAcceptance agreement, Instant at) {
                throw new IllegalStateException("the disk is full");
            }
        };
        assertThatThrownBy(() -> desk.servicesWith(options -> options.licences(failing).mailWritten(wake)).registration
                .register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Suzuki_02")))
                .hasMessage("the disk is full");
        assertThat(mailSeenWhenWoken).as("a rolled-back registration wakes nobody").containsExactly(1);
    }

    @Test
    void aKeyIsRegisteredOnceWhenTwoDesksTryAtTheSameMomentTwentyTimesOver() throws Exception {
        // Two services, each with its own connection pool on the same database: as two processes would be.
        desk.store().catalog.save(generatedEntries(20));
        try (TestDesk otherDesk = desk.anotherDesk()) {
            List<RegistrationService> desks = List.of(desk.services().registration, otherDesk.services().registration);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            for (int round = 0; round < 20; round++) {
                String key = GeneratedCustomers.key(round, 0);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int desk = 0; desk < 2; desk++) {
                    RegistrationService service = desks.get(desk);
                    String loginId = "desk" + desk + "_round" + round;
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        try {
                            service.register(Fixtures.registration(key, loginId));
                            return true;
                        } catch (RegistrationRefused refused) {
                            assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED);
                            return false;
                        }
                    };
                    outcomes.add(threads.submit(attempt));
                }
                start.countDown();
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> outcome : outcomes) {
                    won.add(outcome.get());
                }
                assertThat(won).as("round %d: one winner", round).containsExactlyInAnyOrder(true, false);
            }
            threads.shutdown();
            assertThat(desk.store().rows("licence")).isEqualTo(20);
            assertThat(desk.store().rows("account")).isEqualTo(20);
            assertThat(desk.store().rows("outbox_mail")).isEqualTo(20);
        }
    }

    @Test
    void aDeskIsToldThatALoginIdIsTakenAtMostTwentyTimesAnHour() {
        desk.store().catalog.save(generatedEntries(23));
        RegistrationService registration = desk.services().registration;
        registration.register(Fixtures.registration(GeneratedCustomers.key(0, 0), "Tanaka_01"));
        for (int i = 1; i <= 20; i++) {
            int key = i;
            assertThatThrownBy(() -> registration.register(Fixtures.registration(GeneratedCustomers.key(key, 0),
                    "tanaka_01"))).isInstanceOfSatisfying(RegistrationRefused.class, refused ->
                    assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.LOGIN_ID_TAKEN));
        }
        assertThatThrownBy(() -> registration.register(Fixtures.registration(GeneratedCustomers.key(21, 0),
                "tanaka_01"))).isInstanceOfSatisfying(RegistrationRefused.class, refused ->
                assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.TOO_MANY_TAKEN_LOGIN_IDS));
        assertThat(registration.register(Fixtures.registration(GeneratedCustomers.key(22, 0), "Sato_01")).loginId())
                .as("a free login ID still registers").isEqualTo("Sato_01");
    }

    @Test
    void theLoginIdIsTakenWhateverItsCase() {
        desk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));

        assertThatThrownBy(() -> desk.services().registration
                .register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "tanaka_01")))
                .isInstanceOfSatisfying(RegistrationRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.LOGIN_ID_TAKEN));
        assertThat(desk.store().rows("account")).isEqualTo(1);
        assertThat(desk.store().rows("licence")).isEqualTo(1);
    }

    @Test
    void aKeyRegisteredBeforeIsRefusedWithoutWritingAnything() {
        desk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "first_user"));

        assertThatThrownBy(() -> desk.services().registration
                .register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "second_user")))
                .isInstanceOfSatisfying(RegistrationRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED));
        assertThat(desk.store().rows("account")).isEqualTo(1);
        assertThat(desk.store().rows("outbox_mail")).isEqualTo(1);
    }

    @Test
    @Tag("sqlite-only") // the file and SQLite's online backup
    void theDatabaseFileIsReadableByItsOwnerOnly() throws Exception {
        assertThat(java.nio.file.Files.getPosixFilePermissions(desk.folder().resolve("license-desk.db")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(desk.store().database.schemaVersion()).as("migrated to the newest")
                .isEqualTo(Fixtures.newestSchema());
    }

    /** Passes every call to the real repository; a test overrides the one it wants to break. */
    private static class DelegatingLicences implements LicenceRepository {
        private final LicenceRepository real;

        DelegatingLicences(LicenceRepository real) {
            this.real = real;
        }

        @Override
        public Optional<Long> ownerOf(ProductKey key) {
            return real.ownerOf(key);
        }

        @Override
        public long add(long accountId, ProductKey key, AgreementAcceptance agreement, Instant registeredAt) {
            return real.add(accountId, key, agreement, registeredAt);
        }

        @Override
        public List<RegisteredKey> keysAfter(long afterId, int limit) {
            return real.keysAfter(afterId, limit);
        }

        @Override
        public List<Licence> forAccount(long accountId) {
            return real.forAccount(accountId);
        }

        @Override
        public Stamp stampFor(long accountId) {
            return real.stampFor(accountId);
        }

        @Override
        public boolean registeredElsewhere(ProductKey key) {
            return real.registeredElsewhere(key);
        }

        @Override
        public void noteRegisteredElsewhere(java.util.Collection<ProductKey> keys, Instant notedAt) {
            real.noteRegisteredElsewhere(keys, notedAt);
        }
    }

    private static List<com.licensedesk.catalog.CatalogEntry> generatedEntries(int count) {
        List<com.licensedesk.catalog.CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new com.licensedesk.catalog.CatalogEntry(Fixtures.key(GeneratedCustomers.key(i, 0)),
                    "Test " + i, Optional.empty(), 1, java.time.LocalDate.of(2028, 1, 1),
                    com.licensedesk.catalog.LicenseType.FULL, Optional.empty()));
        }
        return entries;
    }
}
