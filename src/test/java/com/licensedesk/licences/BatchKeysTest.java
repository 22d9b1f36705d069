package com.licensedesk.licences;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.testing.TestDesk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** まとめて追加: each line's outcome, the good ones registered together with one mail, a race refused whole. */
class BatchKeysTest {
    private static final StaffMember CLERK = new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK);
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private BatchKeyService service;
    private long customer;
    private long other;
    private Acting acting;
    private final List<List<CatalogEntry>> receipts = new ArrayList<>();

    @BeforeEach
    void open() {
        List<CatalogEntry> keys = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            keys.add(new CatalogEntry(ProductKey.parse(GeneratedCustomers.key(7, n)).orElseThrow(),
                    "Tsubasa Server Defense", Optional.empty(), 10, LocalDate.of(2027, 6, 30), LicenseType.FULL,
                    Optional.empty()));
        }
        desk.store().catalog.save(keys);
        customer = desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));
        other = desk.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Sato_02"));
        service = desk.services().batchKeys;
        acting = CLERK.actingFor(customer, "Tanaka_01");
    }

    private static String key(int n) {
        return GeneratedCustomers.key(7, n);
    }

    @Test
    void everyLineGetsItsOutcome() {
        List<String> text = List.of(
                key(0),
                key(1).toLowerCase().replace("-", " "),
                "",
                "ＧＮ－" + key(2).substring(3),
                "LD-XXXX-YYYY",
                "LD-ZZZZ-ZZZZ-ZZZZ-ZZZZ",
                DemoCatalog.REGISTRATION_KEY,
                DemoCatalog.ACTIVATION_CODE,
                key(1),
                DemoCatalog.EXPIRED_KEY);

        List<BatchKeyService.Line> lines = service.check(acting, text);

        assertThat(lines).extracting(BatchKeyService.Line::number, BatchKeyService.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, BatchKeyService.Outcome.OK),
                org.assertj.core.groups.Tuple.tuple(2, BatchKeyService.Outcome.OK),
                org.assertj.core.groups.Tuple.tuple(4, BatchKeyService.Outcome.OK),
                org.assertj.core.groups.Tuple.tuple(5, BatchKeyService.Outcome.WRONG_SHAPE),
                org.assertj.core.groups.Tuple.tuple(6, BatchKeyService.Outcome.UNKNOWN),
                org.assertj.core.groups.Tuple.tuple(7, BatchKeyService.Outcome.ALREADY_REGISTERED_HERE),
                org.assertj.core.groups.Tuple.tuple(8, BatchKeyService.Outcome.ALREADY_REGISTERED),
                org.assertj.core.groups.Tuple.tuple(9, BatchKeyService.Outcome.TWICE),
                org.assertj.core.groups.Tuple.tuple(10, BatchKeyService.Outcome.EXPIRED));
        assertThat(lines.get(7).firstLine()).isEqualTo(2);
        assertThat(lines.get(0).entry()).map(CatalogEntry::product).contains("Tsubasa Server Defense");
        assertThat(desk.store().rows("licence")).as("checking writes nothing").isEqualTo(2);
    }

    @Test
    void theGoodKeysAreRegisteredTogetherWithOneMailAndOneReceipt() {
        List<String> text = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            text.add(key(n));
        }
        text.add("not a key");
        BatchKeysViewModel screen = viewModel();
        screen.keys().set(String.join("\n", text));

        screen.check();
        assertThat(screen.rows()).hasSize(21);
        assertThat(screen.count().get()).isEqualTo("登録できるキー 20件・登録できないキー 1件");
        assertThat(screen.registrable().get()).isTrue();
        int mailBefore = desk.store().outbox.unsent().size();
        screen.register();
        assertThat(screen.agreementForm().check("eulaCheck").error().get()).as("the agreement first").isNotEmpty();
        assertThat(desk.store().rows("licence")).isEqualTo(2);
        screen.agreementForm().check("eulaCheck").ticked().set(true);
        screen.register();

        assertThat(desk.store().licences.forAccount(customer)).hasSize(21);
        List<OutboxMail> mail = desk.store().outbox.unsent();
        assertThat(mail).hasSize(mailBefore + 1);
        OutboxMail batch = mail.get(mail.size() - 1);
        assertThat(batch.subject()).isEqualTo("【20件】製品登録完了のお知らせ");
        assertThat(batch.body()).contains(key(0)).contains(key(19)).doesNotContain("not a key");
        assertThat(receipts).singleElement().satisfies(entries -> assertThat(entries).hasSize(20));
        assertThat(screen.keys().get()).as("cleared for the next batch").isEmpty();
    }

    @Test
    void editingAfterTheCheckAsksForAnotherCheck() {
        BatchKeysViewModel screen = viewModel();
        screen.keys().set(key(0));
        screen.check();
        assertThat(screen.registrable().get()).isTrue();

        screen.keys().set(key(0) + "\n" + key(1));

        assertThat(screen.stale().get()).isTrue();
        assertThat(screen.registrable().get()).isFalse();
        screen.check();
        assertThat(screen.stale().get()).isFalse();
        assertThat(screen.rows()).hasSize(2);
    }

    @Test
    void aKeyTakenByAnotherDeskAfterTheCheckRegistersNothing() {
        List<String> text = List.of(key(3), key(4));
        List<BatchKeyService.Line> checked = service.check(acting, text);
        desk.store().licences.add(other, Fixtures.key(key(4)),
                new AgreementAcceptance("2026-11", Fixtures.NOW), Fixtures.NOW);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.register(acting, text, checked,
                        new AgreementAcceptance("2026-11", Fixtures.NOW)))
                .isInstanceOfSatisfying(BatchKeyService.BatchChanged.class, changed ->
                        assertThat(changed.lines()).extracting(BatchKeyService.Line::outcome)
                                .containsExactly(BatchKeyService.Outcome.OK,
                                        BatchKeyService.Outcome.ALREADY_REGISTERED));
        assertThat(desk.store().licences.forAccount(customer)).as("not even the key still free").hasSize(1);
    }

    @Test
    void aKeyRefusedAtTheCheckThatWouldPassNowRegistersNothing() {
        String arriving = GeneratedCustomers.key(100, 0);
        List<String> text = List.of(key(5), arriving);
        List<BatchKeyService.Line> checked = service.check(acting, text);
        assertThat(checked).extracting(BatchKeyService.Line::outcome)
                .containsExactly(BatchKeyService.Outcome.OK, BatchKeyService.Outcome.UNKNOWN);
        desk.store().catalog.save(List.of(new CatalogEntry(Fixtures.key(arriving), "Tsubasa Server Defense",
                Optional.empty(), 10, LocalDate.of(2027, 6, 30), LicenseType.FULL, Optional.empty())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.register(acting, text, checked,
                        new AgreementAcceptance("2026-11", Fixtures.NOW)))
                .isInstanceOfSatisfying(BatchKeyService.BatchChanged.class, changed ->
                        assertThat(changed.lines()).extracting(BatchKeyService.Line::outcome)
                                .containsExactly(BatchKeyService.Outcome.OK, BatchKeyService.Outcome.OK));
        assertThat(desk.store().licences.forAccount(customer)).as("the clerk saw another batch").hasSize(1);
    }

    @Test
    void aBatchCommandHoldingAnExpiredKeyIsRefusedInsideItsTransaction() {
        // As a command replayed from elsewhere would come: no screen checked it here.
        AddKeys command = new AddKeys(customer, "Tanaka_01", List.of(Fixtures.key(key(6)),
                Fixtures.key(DemoCatalog.EXPIRED_KEY)), new AgreementAcceptance("2026-11", Fixtures.NOW), true);
        int mailBefore = desk.store().outbox.unsent().size();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.services().pipeline
                        .run(CLERK.actor(), command, desk.services().addKey::addKeys))
                .isInstanceOfSatisfying(KeyRefused.class, refused ->
                        assertThat(refused.problem()).isEqualTo(com.licensedesk.catalog.KeyProblem.EXPIRED));
        assertThat(desk.store().licences.forAccount(customer)).as("not even the key still free").hasSize(1);
        assertThat(desk.store().outbox.unsent()).hasSize(mailBefore);
    }

    @Test
    void anEmptyOrOverlongListIsRefusedWithItsReason() {
        BatchKeysViewModel screen = viewModel();
        screen.keys().set("\n  \n");
        screen.check();
        assertThat(screen.keysError().get()).isEqualTo("キーを1行に1つずつ入力してください。");

        screen.keys().set(String.join("\n", java.util.Collections.nCopies(501, key(0))));
        screen.check();
        assertThat(screen.keysError().get()).isEqualTo("一度に登録できるキーは500件までです（501件あります）。分けて登録してください。");
        assertThat(screen.rows()).isEmpty();
    }

    private BatchKeysViewModel viewModel() {
        Session session = new Session();
        session.signInStaff(CLERK);
        session.begin(acting);
        ProductsViewModel products = new ProductsViewModel(desk.store().licences, session, Fixtures.IN_PLACE,
                url -> true, new RecordingNavigator(), Fixtures.JAPANESE, Fixtures.CLOCK, 30, LicenceScreens.ADD_KEY,
                LicenceScreens.BATCH_KEYS);
        return new BatchKeysViewModel(service, new LegalTexts("License Desk", Fixtures.JAPANESE), session,
                Fixtures.IN_PLACE, new RecordingNavigator(), new AnsweringDialogs(), Fixtures.JAPANESE, Fixtures.CLOCK,
                products,
                (who, entries) -> receipts.add(entries), LicenceScreens.PRODUCTS);
    }
}
