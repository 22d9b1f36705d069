package com.licensedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.app.Services;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.auth.SignInService;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.change.HeldMail;
import com.licensedesk.change.HomeState;
import com.licensedesk.change.JournalEntry;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.kiosks.KioskFiles;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.kiosks.PlaceIdentity;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.registration.RegistrationRefused;
import com.licensedesk.sealing.Kind;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.sealing.SealedFile;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk and its home, each on a database of its own: registrations at the kiosk travel home in a sealed bundle, are
 * replayed once through the desks' services, and home's reply comes back to the kiosk.
 */
class KioskRoundTripTest {
    private static final Actor ADMIN = Actor.operator("admin_01", Role.ADMIN);
    private static final Actor CLERK = Actor.operator("clerk_01", Role.CLERK);
    @RegisterExtension final TestDesk home = TestDesk.withDemoCatalogue().with(o -> o.deskName("honten"));
    /** The kiosk's own secret key, not home's: what it seals with it, home cannot open. */
    private static final SecretBox KIOSK_SECRETS = new SecretBox(filled(7), new SecureRandom());
    @RegisterExtension final TestDesk kiosk = TestDesk.withDemoCatalogue()
            .with(o -> o.deskName("kiosk-pc").secrets(KIOSK_SECRETS));
    @RegisterExtension final TestDesk secondKiosk = TestDesk.withDemoCatalogue().with(o -> o.deskName("kiosk-pc-2"));
    @TempDir Path folder;

    @BeforeEach
    void enrolAndJoin() {
        KioskService.Enrolled enrolled = home.services().kiosks.enrol(ADMIN, "shinjuku-1");
        kiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
    }

    @Test
    void aRegistrationAtTheKioskReachesHomeOnceWithTheMailTheKioskMade() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        assertThat(kiosk.store().rows("outbox_mail")).as("a kiosk sends nothing itself").isZero();
        HeldMail held = held(kiosk.services()).get(0);

        Path bundle = kiosk.services().kioskSync.export(folder).orElseThrow();
        assertThat(bundle.getFileName().toString()).isEqualTo("shinjuku-1-1-1.ldsync");
        BundleReport report = importAtHome(bundle);

        assertThat(report.refused()).isEmpty();
        assertThat(report.applied()).isEqualTo(1);
        assertThat(home.store().accounts.find("Tanaka_01")).isPresent();
        assertThat(home.store().outbox.unsent()).singleElement()
                .satisfies(mail -> assertThat(mail.messageId()).isEqualTo(held.messageId()));

        // The same bundle again changes nothing more.
        BundleReport again = importAtHome(bundle);
        assertThat(again.applied()).isZero();
        assertThat(home.store().outbox.unsent()).hasSize(1);
        assertThat(home.store().rows("account")).isEqualTo(1);

        home.services().syncReplies.write("shinjuku-1", folder);
        KioskSync.RepliesRead read = kiosk.services().kioskSync.readReplies(folder);
        assertThat(read.read()).isEqualTo(1);
        assertThat(kiosk.services().kioskSync.state().orElseThrow().waiting()).isZero();
        JournalEntry erased = kiosk.store().journalEntries().get(0);
        assertThat(erased.homeState()).contains(HomeState.APPLIED);
        assertThat(erased.command()).isEqualTo("{}");
        assertThat(kiosk.services().kioskSync.export(folder)).as("nothing waits for home").isEmpty();
        // Read twice, a reply changes nothing more.
        assertThat(kiosk.services().kioskSync.readReplies(folder).read()).isZero();
    }

    @Test
    void theKioskLeavesInItsFolderOnlyTheBundleStillNeededAndNoReplyItHasRead() throws IOException {
        Files.writeString(folder.resolve("shinjuku-10-1-1.ldsync"), "another kiosk's bundle");
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        Path first = kiosk.services().kioskSync.export(folder).orElseThrow();
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "Suzuki_03", "鈴木工業株式会社"));
        Path second = kiosk.services().kioskSync.export(folder).orElseThrow();
        assertThat(first).as("its entries travel again in the second").doesNotExist();
        assertThat(importAtHome(second).applied()).isEqualTo(2);

        Path reply = home.services().syncReplies.write("shinjuku-1", folder).get(0);
        assertThat(kiosk.services().kioskSync.readReplies(folder).read()).isEqualTo(1);
        assertThat(reply).as("read").doesNotExist();
        assertThat(kiosk.services().kioskSync.export(folder)).isEmpty();
        assertThat(second).as("settled at home").doesNotExist();
        assertThat(folder.resolve("shinjuku-10-1-1.ldsync")).as("another kiosk's").exists();
    }

    @Test
    void theReplyMakesTheKioskRefuseAKeyRegisteredAtHome() {
        home.services().registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02", "佐藤商事株式会社"));

        home.services().syncReplies.write("shinjuku-1", folder);
        kiosk.services().kioskSync.readReplies(folder);

        assertThatThrownBy(() -> kiosk.services().registration.register(
                Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01", "株式会社みなと")))
                .isInstanceOfSatisfying(RegistrationRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED));
    }

    @Test
    void aKeyRegisteredAtADeskMeanwhileWaitsForAPersonAndItsMailIsNotSent() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        home.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Sato_02", "佐藤商事株式会社"));

        BundleReport report = importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());

        assertThat(report.waiting()).isEqualTo(1);
        assertThat(report.applied()).isZero();
        assertThat(home.store().outbox.unsent()).as("only the desk's own registration mail").hasSize(1);
        ReceivedEntries.Waiting waiting = home.services().syncReview.waiting().get(0);
        assertThat(waiting.kioskName()).isEqualTo("shinjuku-1");
        assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.KEY_TAKEN);

        home.services().syncReview.reject(CLERK, waiting.entry().id(), "この製品キーは別のお客様のものです");

        assertThat(home.services().syncReview.waiting()).isEmpty();
        assertThat(home.store().outbox.unsent()).as("the notice of the rejection").hasSize(2);
        home.services().syncReplies.write("shinjuku-1", folder);
        kiosk.services().kioskSync.readReplies(folder);
        assertThat(kiosk.store().journalEntries().get(0).homeState()).contains(HomeState.REJECTED);
    }

    @Test
    void twoKiosksAndADeskRegisteringTheSameKeyHaveOneWinnerAndTheLosingEntryMailsNobody() throws IOException {
        KioskService.Enrolled enrolled = home.services().kiosks.enrol(ADMIN, "shinjuku-2");
        secondKiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        secondKiosk.services().registration.register(
                Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Suzuki_03", "鈴木工業株式会社"));
        Path fromSecond = secondKiosk.services().kioskSync.export(folder).orElseThrow();

        assertThat(importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow()).applied())
                .as("the first to reach home wins").isEqualTo(1);
        assertThatThrownBy(() -> home.services().registration.register(
                Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Sato_02", "佐藤商事株式会社")))
                .as("the desk after it").isInstanceOfSatisfying(RegistrationRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED));
        BundleReport second = importAtHome(fromSecond);

        assertThat(second.applied()).isZero();
        assertThat(second.waiting()).isEqualTo(1);
        assertThat(home.services().syncReview.waiting()).singleElement().satisfies(waiting -> {
            assertThat(waiting.kioskName()).isEqualTo("shinjuku-2");
            assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.KEY_TAKEN);
        });
        assertThat(home.store().accounts.find("Tanaka_01")).isPresent();
        assertThat(home.store().accounts.find("Suzuki_03")).isEmpty();
        assertThat(home.store().accounts.find("Sato_02")).isEmpty();
        assertThat(home.store().outbox.unsent()).as("the winner's confirmation only")
                .singleElement().satisfies(mail -> assertThat(mail.recipient()).isEqualTo(
                        home.store().accounts.find("Tanaka_01").orElseThrow().email()));
    }

    @Test
    void aLoginIdTakenAtHomeIsRegisteredUnderAnotherAndTheCustomerIsTold() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        home.services().registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01", "佐藤商事株式会社"));

        importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());
        ReceivedEntries.Waiting waiting = home.services().syncReview.waiting().get(0);
        assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.LOGIN_ID_TAKEN);

        home.services().syncReview.registerWithNewLoginId(CLERK, waiting.entry().id(), "Tanaka_02");

        assertThat(home.store().accounts.find("Tanaka_02")).isPresent();
        assertThat(home.store().outbox.unsent()).extracting(OutboxMail::subject)
                .anySatisfy(subject -> assertThat(subject).contains("ログインID"));
    }

    @Test
    void aRegistrationOfACompanyHomeKnowsIsAddedToThatCustomerWhenAPersonSaysSo() throws IOException {
        long existing = home.services().registration.register(
                Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_02", "株式会社みなと")).accountId();
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));

        importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());
        ReceivedEntries.Waiting waiting = home.services().syncReview.waiting().get(0);
        assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.SAME_COMPANY);

        home.services().syncReview.addToExisting(CLERK, waiting.entry().id(), existing);

        assertThat(home.store().licences.ownerOf(Fixtures.key(DemoCatalog.ACTIVATION_CODE))).contains(existing);
        assertThat(home.store().accounts.find("Tanaka_01")).isEmpty();
        assertThat(home.services().syncReview.waiting()).isEmpty();
    }

    @Test
    void aRecordChangedAtHomeAndAtTheKioskIsTakenFieldByField() throws IOException {
        long kioskAccount = kiosk.services().registration.register(
                Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと")).accountId();
        importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());
        long homeAccount = home.store().accounts.find("Tanaka_01").orElseThrow().accountId();
        CompanyProfile atHome = home.services().companyInfo.details(homeAccount).contractor();
        home.services().companyInfo.saveContractor(new Acting(homeAccount, "Tanaka_01", CLERK),
                withAddress(atHome, "港区海岸1-1", "株式会社みなと商会"),
                home.services().companyInfo.details(homeAccount).versions().contractor());
        CompanyProfile atKiosk = kiosk.services().companyInfo.details(kioskAccount).contractor();
        kiosk.services().companyInfo.saveContractor(Acting.self(kioskAccount, "Tanaka_01"),
                withAddress(atKiosk, "港区芝浦2-2", atKiosk.companyName()),
                kiosk.services().companyInfo.details(kioskAccount).versions().contractor());

        BundleReport report = importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());

        assertThat(report.waiting()).isEqualTo(1);
        ReceivedEntries.Waiting waiting = home.services().syncReview.waiting().get(0);
        assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.CHANGED_AT_HOME);
        SyncReview.SidesOfARecord sides = home.services().syncReview.sides(waiting.entry()).orElseThrow();
        assertThat(sides.kiosk()).containsEntry("contractor.address1", "港区芝浦2-2");
        assertThat(sides.home()).containsEntry("contractor.address1", "港区海岸1-1")
                .containsEntry("contractor.companyName", "株式会社みなと商会");

        home.services().syncReview.applyFields(CLERK, waiting.entry().id(), java.util.Set.of("contractor.address1"));

        CompanyProfile merged = home.services().companyInfo.details(homeAccount).contractor();
        assertThat(merged.address1()).isEqualTo("港区芝浦2-2");
        assertThat(merged.companyName()).isEqualTo("株式会社みなと商会");
        assertThat(home.services().syncReview.waiting()).isEmpty();
    }

    @Test
    void twoFactorSwitchedOnAndOffAtTheKioskReachesHomeSealedToHome() throws IOException {
        long kioskAccount = kiosk.services().registration.register(
                Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと")).accountId();
        TwoFactorService.Offer offer = kiosk.services().twoFactor.offer("Tanaka_01");
        List<String> recovery = kiosk.services().twoFactor.enable(kioskAccount, offer,
                kiosk.services().totp.code(offer.secret(), kiosk.clock().instant())).orElseThrow();

        assertThat(kiosk.store().rows("outbox_mail")).as("its mail travels home with the entry").isZero();
        String storedAtKiosk = String.valueOf(kiosk.store().value(
                "select totp_sealed from account where id = " + kioskAccount));
        assertThat(kiosk.store().journalEntries()).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.originSequence()).contains(2L);
            assertThat(entry.command()).as("neither in clear nor under the kiosk's key")
                    .doesNotContain(offer.secret()).doesNotContain(storedAtKiosk.substring("v1:".length()));
        });
        assertThat(importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow()).applied()).isEqualTo(2);

        long homeAccount = home.store().accounts.find("Tanaka_01").orElseThrow().accountId();
        assertThat(home.store().journalEntries()).allSatisfy(entry ->
                assertThat(entry.command()).doesNotContain(offer.secret()));
        home.clock().advance(Duration.ofMinutes(1));
        assertThat(home.services().signIn.signIn("Tanaka_01", "Sakura7Desk"))
                .isInstanceOf(SignInService.Result.NeedsSecondFactor.class);
        assertThat(home.services().signIn.verifySecondFactor(homeAccount, "Tanaka_01",
                home.services().totp.code(offer.secret(), home.clock().instant())))
                .isInstanceOf(SignInService.Result.SignedIn.class);
        assertThat(home.services().signIn.verifySecondFactor(homeAccount, "Tanaka_01", recovery.get(3)))
                .isInstanceOf(SignInService.Result.SignedIn.class);

        kiosk.clock().advance(Duration.ofMinutes(1));
        assertThat(kiosk.services().twoFactor.disable(kioskAccount, "Sakura7Desk",
                kiosk.services().totp.code(offer.secret(), kiosk.clock().instant())))
                .isInstanceOf(TwoFactorService.Disabled.Done.class);
        assertThat(importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow()).applied()).isEqualTo(1);

        assertThat(home.services().twoFactor.isEnabled(homeAccount)).isFalse();
        assertThat(home.services().signIn.signIn("Tanaka_01", "Sakura7Desk"))
                .isInstanceOf(SignInService.Result.SignedIn.class);
    }

    @Test
    void twoFactorSwitchedOnAtHomeMeanwhileKeepsTheKiosksWaitingForAPerson() throws IOException {
        long kioskAccount = kiosk.services().registration.register(
                Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと")).accountId();
        importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());
        long homeAccount = home.store().accounts.find("Tanaka_01").orElseThrow().accountId();
        TwoFactorService.Offer atHome = home.services().twoFactor.offer("Tanaka_01");
        home.services().twoFactor.enable(homeAccount, atHome,
                home.services().totp.code(atHome.secret(), home.clock().instant())).orElseThrow();
        TwoFactorService.Offer atKiosk = kiosk.services().twoFactor.offer("Tanaka_01");
        kiosk.services().twoFactor.enable(kioskAccount, atKiosk,
                kiosk.services().totp.code(atKiosk.secret(), kiosk.clock().instant())).orElseThrow();

        BundleReport report = importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());

        assertThat(report.waiting()).isEqualTo(1);
        assertThat(home.services().syncReview.waiting()).singleElement().satisfies(waiting ->
                assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.CHANGED_AT_HOME));
        home.clock().advance(Duration.ofMinutes(1));
        assertThat(home.services().store.twoFactor().secret(homeAccount)).as("home's own secret stays")
                .hasValueSatisfying(secret -> assertThat(secret.secret()).isEqualTo(atHome.secret()));
    }

    @Test
    void twoFactorSwitchedOffAtTheKioskAfterTheDeskResetItWaitsForAPerson() throws IOException {
        long kioskAccount = kiosk.services().registration.register(
                Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと")).accountId();
        TwoFactorService.Offer offer = kiosk.services().twoFactor.offer("Tanaka_01");
        kiosk.services().twoFactor.enable(kioskAccount, offer,
                kiosk.services().totp.code(offer.secret(), kiosk.clock().instant())).orElseThrow();
        importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());
        long homeAccount = home.store().accounts.find("Tanaka_01").orElseThrow().accountId();
        home.services().twoFactor.resetAtDesk(new Acting(homeAccount, "Tanaka_01", CLERK));
        kiosk.clock().advance(Duration.ofMinutes(1));
        kiosk.services().twoFactor.disable(kioskAccount, "Sakura7Desk",
                kiosk.services().totp.code(offer.secret(), kiosk.clock().instant()));

        BundleReport report = importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());

        assertThat(report.waiting()).isEqualTo(1);
        assertThat(home.services().syncReview.waiting()).singleElement().satisfies(waiting -> {
            assertThat(waiting.entry().commandType()).isEqualTo("DisableTwoFactor");
            assertThat(waiting.entry().conflict()).contains(ReceivedEntry.Conflict.CHANGED_AT_HOME);
        });
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static CompanyProfile withAddress(CompanyProfile company, String address1, String companyName) {
        return new CompanyProfile(companyName, company.companyNameKana(), company.branchName(),
                company.branchNameKana(), company.postalCode(), company.prefecture(), address1, company.address2());
    }

    @Test
    void aTamperedOrCutBundleIsRefusedWholeAndNothingOfItApplied() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        Path bundle = kiosk.services().kioskSync.export(folder).orElseThrow();
        byte[] file = Files.readAllBytes(bundle);
        byte[] flipped = file.clone();
        flipped[file.length / 2] ^= 0x01;

        BundleReport altered = home.services().syncImport.importBundle(CLERK, "altered.ldsync", flipped);
        BundleReport cut = home.services().syncImport.importBundle(CLERK, "cut.ldsync",
                Arrays.copyOf(file, file.length - 100));

        assertThat(altered.refused()).map(BundleRefused::reason).contains(BundleRefused.Reason.ALTERED);
        assertThat(cut.refused()).map(BundleRefused::reason).contains(BundleRefused.Reason.TRUNCATED);
        assertThat(home.store().rows("sync_entry")).isZero();
        assertThat(home.store().rows("account")).isZero();
    }

    @Test
    void aRevokedKiosksBundleIsRefusedWithTheReasonGivenAtRevocation() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        home.services().kiosks.revoke(ADMIN, "shinjuku-1", "盗難のため");

        BundleReport report = importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());

        assertThat(report.refused()).hasValueSatisfying(refused -> {
            assertThat(refused.reason()).isEqualTo(BundleRefused.Reason.REVOKED);
            assertThat(refused.detail()).contains("盗難のため");
        });
        assertThat(home.store().rows("sync_entry")).isZero();
    }

    @Test
    void bundlesReadInReverseOrderApplyEachEntryOnceInTheKiosksOrder() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        Path first = Files.move(kiosk.services().kioskSync.export(folder).orElseThrow(), folder.resolve("first"));
        kiosk.clock().advance(Duration.ofDays(1));
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "Suzuki_03", "鈴木工業株式会社"));
        Path second = kiosk.services().kioskSync.export(folder).orElseThrow();

        assertThat(importAtHome(second).applied()).isEqualTo(2);
        assertThat(importAtHome(first).applied()).isZero();
        assertThat(home.store().rows("account")).isEqualTo(2);
        assertThat(home.store().rows("outbox_mail")).isEqualTo(2);
    }

    @Test
    void aKioskClockADayAheadOrBehindDecidesNothing() throws IOException {
        kiosk.clock().advance(Duration.ofDays(1));
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        kiosk.clock().advance(Duration.ofDays(-2));
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.TRIAL_CODE, "Suzuki_03", "鈴木工業株式会社"));

        BundleReport report = importAtHome(kiosk.services().kioskSync.export(folder).orElseThrow());

        assertThat(report.applied()).isEqualTo(2);
        assertThat(home.store().accounts.find("Tanaka_01")).isPresent();
        assertThat(home.store().accounts.find("Suzuki_03")).isPresent();
    }

    @Test
    void aBundleOfANewerFormatIsRefusedWholeAndNothingOfItApplied() {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        JournalEntry entry = kiosk.services().store.journal().waitingForHome("shinjuku-1").get(0);
        Bundle.Entry newerCommand = new Bundle.Entry(entry.id(), 1, entry.formatVersion() + 1, entry.recordedAt(),
                "CUSTOMER", "Tanaka_01", entry.commandType(), entry.command(), entry.mails().orElseThrow());

        BundleReport newerFile = home.services().syncImport.importBundle(CLERK, "newer.ldsync",
                sealedByTheKiosk(Bundle.FORMAT + 1, new Bundle(Bundle.FORMAT + 1, "shinjuku-1", Fixtures.NOW,
                        List.of())));
        BundleReport newerEntry = home.services().syncImport.importBundle(CLERK, "newer-entry.ldsync",
                sealedByTheKiosk(Bundle.FORMAT, new Bundle(Bundle.FORMAT, "shinjuku-1", Fixtures.NOW,
                        List.of(newerCommand))));

        assertThat(newerFile.refused()).map(BundleRefused::reason).contains(BundleRefused.Reason.NEWER_FORMAT);
        assertThat(newerEntry.refused()).map(BundleRefused::reason).contains(BundleRefused.Reason.NEWER_FORMAT);
        assertThat(home.store().rows("sync_entry")).isZero();
    }

    @Test
    void aBundleSignedByAnUnknownKioskIsRefused() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        Path bundle = kiosk.services().kioskSync.export(folder).orElseThrow();

        try (TestDesk otherHome = TestDesk.withDemoCatalogue().open(folder.resolve("other-home"))) {
            otherHome.services().kiosks.enrol(ADMIN, "shibuya-1");
            BundleReport report = otherHome.services().syncImport.importBundle(CLERK, "x.ldsync",
                    Files.readAllBytes(bundle));
            assertThat(report.refused()).map(BundleRefused::reason).contains(BundleRefused.Reason.UNKNOWN_KIOSK);
        }
    }

    private byte[] sealedByTheKiosk(int format, Bundle bundle) {
        PlaceIdentity.Home toHome = kiosk.services().keyring.home().orElseThrow();
        return SealedFile.seal(Kind.BUNDLE, format, "shinjuku-1", KioskFiles.write(bundle),
                kiosk.services().keyring.keys().orElseThrow(),
                new PublicKeys(toHome.signingPublic(), toHome.encryptingPublic()));
    }

    private BundleReport importAtHome(Path bundle) throws IOException {
        return home.services().syncImport.importBundle(CLERK, bundle.getFileName().toString(),
                Files.readAllBytes(bundle));
    }

    private static List<HeldMail> held(Services services) {
        JournalEntry entry = services.store.journal().waitingForHome("shinjuku-1").get(0);
        return com.licensedesk.app.Commands.json().readMails(entry.mails().orElseThrow());
    }
}
