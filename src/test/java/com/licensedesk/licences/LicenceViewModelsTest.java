package com.licensedesk.licences;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.HeldTasks;
import com.licensedesk.testing.RecordingNavigator;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 製品/サービス and adding a key, without a toolkit: rows and statuses, each key problem, the way back. */
class LicenceViewModelsTest {
    private static final AddKeyViewModel.Screens SCREENS = new AddKeyViewModel.Screens(LicenceScreens.ADD_KEY,
            LicenceScreens.ADD_KEY_CHECK, LicenceScreens.PRODUCTS);
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final Session session = new Session();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<String> browsed = new ArrayList<>();
    private final List<String> mailWoken = new ArrayList<>();
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        session.begin(Acting.self(accountId, "Tanaka_01"));
    }

    private ProductsViewModel products(com.licensedesk.ui.Tasks tasks) {
        return products(desk.store().licences, tasks);
    }

    private ProductsViewModel products(LicenceRepository licences, com.licensedesk.ui.Tasks tasks) {
        return new ProductsViewModel(licences, session, tasks, browsed::add, navigator, Fixtures.JAPANESE,
                Fixtures.CLOCK, 30, LicenceScreens.ADD_KEY, LicenceScreens.BATCH_KEYS);
    }

    private AddKeyViewModel addKey(ProductsViewModel products) {
        return new AddKeyViewModel(desk.services().keyAvailability, desk.services().addKey, session, products,
                Fixtures.IN_PLACE, navigator, Fixtures.JAPANESE, (acting, entry) -> mailWoken.add("wake"), SCREENS);
    }

    @Test
    void theProductsScreenListsTheAccountsLicencesAndSaysAnAnnouncementOnce() {
        ProductsViewModel products = products(Fixtures.IN_PLACE);
        products.announce("製品が追加されました。");
        products.shown();
        assertThat(products.rows()).singleElement().satisfies(row -> {
            assertThat(row.product()).isEqualTo("Kasumi Cloud Mail Protect");
            assertThat(row.status()).isEqualTo(LicenceStatus.VALID);
        });
        assertThat(products.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        products.shown();
        assertThat(products.banner().kind()).isEqualTo(Banner.Kind.NONE);

        products.addKey();
        assertThat(navigator.last()).isEqualTo(LicenceScreens.ADD_KEY);
    }

    @Test
    void afterARegistrationAtAnEnrolledKioskTheScreenSaysItIsReceivedAndNeverThatMailWasSent() {
        ProductsViewModel products = products(Fixtures.IN_PLACE);
        products.announceRegistration("Kasumi Cloud Mail Protect", true);
        products.shown();
        assertThat(products.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(products.banner().text()).isEqualTo("Kasumi Cloud Mail Protectの登録を受け付けました。"
                + "販売店で確認された後、確認のメールをお送りします。");

        products.announceRegistration("Kasumi Cloud Mail Protect", false);
        products.shown();
        assertThat(products.banner().text())
                .isEqualTo("アカウントが作成され、Kasumi Cloud Mail Protectのライセンスが追加されました。");
    }

    @Test
    void theRowsAreReadAgainOnlyWhenTheAccountsLicencesChanged() {
        CountingLicences counted = new CountingLicences(desk.store().licences);
        ProductsViewModel products = products(counted, Fixtures.IN_PLACE);
        products.shown();
        products.shown();
        products.shown();
        assertThat(counted.loads).as("shown three times, nothing changed: read once").isEqualTo(1);

        Acting acting = session.current().orElseThrow();
        AgreementAcceptance agreement = new AgreementAcceptance("2026-11", Fixtures.NOW);
        desk.services().addKey.add(acting, Fixtures.key(DemoCatalog.TRIAL_CODE), agreement);
        products.shown();
        assertThat(counted.loads).as("another desk added a key").isEqualTo(2);
        assertThat(products.rows()).hasSize(2);

        desk.store().execute("UPDATE catalog_key SET expires = '2031-03-31', imported_at = '2030-01-01 00:00:00'"
                + " WHERE product_key = '" + Fixtures.key(DemoCatalog.TRIAL_CODE).value() + "'");
        products.shown();
        assertThat(counted.loads).as("the catalogue gave a key a new expiry").isEqualTo(3);
        assertThat(products.rows()).anySatisfy(row -> assertThat(row.expiresText()).contains("2031"));

        session.end();
        products.clear();
        session.begin(acting);
        products.shown();
        assertThat(counted.loads).as("after the account was closed").isEqualTo(4);
    }

    @Test
    void aKeyAddedHereJoinsTheRowsWithoutReadingTheOthers() {
        CountingLicences counted = new CountingLicences(desk.store().licences);
        ProductsViewModel products = products(counted, Fixtures.IN_PLACE);
        products.shown();
        AddKeyViewModel addKey = addKey(products);
        addKey.keyText().set(DemoCatalog.TRIAL_CODE);
        addKey.proceed();
        addKey.accepted(new AgreementAcceptance("2026-11", Fixtures.NOW));
        assertThat(products.rows()).hasSize(2);
        products.shown();
        products.shown();
        assertThat(counted.loads).as("the added row joined; the stamp agreed").isEqualTo(1);
        assertThat(products.rows()).extracting(LicenceRow::key)
                .containsExactly(Fixtures.key(DemoCatalog.ACTIVATION_CODE).value(),
                        Fixtures.key(DemoCatalog.TRIAL_CODE).value());

        // Added here, and one more by another desk before the screen showed again: all read again.
        Acting acting = session.current().orElseThrow();
        addKey.keyText().set(DemoCatalog.EXPIRING_SOON_KEY);
        addKey.proceed();
        desk.services().addKey.add(acting, Fixtures.key(DemoCatalog.EXPIRED_KEY),
                new AgreementAcceptance("2026-11", Fixtures.NOW));
        addKey.accepted(new AgreementAcceptance("2026-11", Fixtures.NOW));
        products.shown();
        assertThat(counted.loads).isEqualTo(2);
        assertThat(products.rows()).hasSize(4);
    }

    /** Counts the reads of every licence of an account. */
    private static final class CountingLicences implements LicenceRepository {
        private final LicenceRepository real;
        int loads;

        CountingLicences(LicenceRepository real) {
            this.real = real;
        }

        @Override
        public java.util.Optional<Long> ownerOf(com.licensedesk.catalog.ProductKey key) {
            return real.ownerOf(key);
        }

        @Override
        public long add(long account, com.licensedesk.catalog.ProductKey key, AgreementAcceptance agreement,
                        java.time.Instant at) {
            return real.add(account, key, agreement, at);
        }

        @Override
        public List<RegisteredKey> keysAfter(long afterId, int limit) {
            return real.keysAfter(afterId, limit);
        }

        @Override
        public List<Licence> forAccount(long account) {
            loads++;
            return real.forAccount(account);
        }

        @Override
        public Stamp stampFor(long account) {
            return real.stampFor(account);
        }

        @Override
        public boolean registeredElsewhere(com.licensedesk.catalog.ProductKey key) {
            return real.registeredElsewhere(key);
        }

        @Override
        public void noteRegisteredElsewhere(java.util.Collection<com.licensedesk.catalog.ProductKey> keys,
                                            java.time.Instant notedAt) {
            real.noteRegisteredElsewhere(keys, notedAt);
        }
    }

    @Test
    void theConsoleOpensInTheBrowserOrTheScreenGivesItsAddressWhenThereIsNone() {
        ProductsViewModel products = products(Fixtures.IN_PLACE);
        products.shown();
        LicenceRow row = products.rows().get(0);
        assertThat(row.consoleUrl()).as("the demo activation code has a console").isPresent();
        products.openConsole(row);
        assertThat(browsed).containsExactly(row.consoleUrl().get());

        ProductsViewModel noBrowser = new ProductsViewModel(desk.store().licences, session, Fixtures.IN_PLACE,
                url -> false, navigator, Fixtures.JAPANESE, Fixtures.CLOCK, 30, LicenceScreens.ADD_KEY,
                LicenceScreens.BATCH_KEYS);
        noBrowser.shown();
        noBrowser.openConsole(noBrowser.rows().get(0));
        assertThat(noBrowser.banner().text()).startsWith("この端末にはWebブラウザーがないため")
                .endsWith(row.consoleUrl().get());
    }

    @Test
    void aLateLoadFillsNoRowsForTheNextPerson() {
        HeldTasks held = new HeldTasks();
        ProductsViewModel products = products(held);
        products.shown();
        session.end();
        products.clear();
        held.release();
        assertThat(products.rows()).isEmpty();
    }

    @Test
    void eachKeyProblemIsSaidAtTheKeyField() {
        AddKeyViewModel addKey = addKey(products(Fixtures.IN_PLACE));
        addKey.proceed();
        assertThat(addKey.keyError().get()).isEqualTo("製品キーを入力してください。");
        addKey.keyText().set("LD-12");
        addKey.proceed();
        assertThat(addKey.keyError().get()).startsWith("製品キーの形式が正しくありません。");
        addKey.keyText().set("ZZ-1234-ABCD-EFGH-JKLM");
        addKey.proceed();
        assertThat(addKey.keyError().get()).startsWith("この製品キーは見つかりません。");
        addKey.keyText().set(DemoCatalog.ACTIVATION_CODE);
        addKey.proceed();
        assertThat(addKey.keyError().get()).isEqualTo("この製品キーはすでにこのアカウントに登録されています。");
        assertThat(navigator.shown).isEmpty();
    }

    @Test
    void aGoodKeyGoesToTheCheckAndAcceptingAddsItAndReturnsToTheProducts() {
        ProductsViewModel products = products(Fixtures.IN_PLACE);
        AddKeyViewModel addKey = addKey(products);
        addKey.keyText().set(DemoCatalog.TRIAL_CODE.toLowerCase());
        addKey.proceed();
        assertThat(navigator.last()).isEqualTo(LicenceScreens.ADD_KEY_CHECK);
        assertThat(addKey.entry()).isPresent();

        addKey.accepted(new AgreementAcceptance("2026-11", Fixtures.NOW));
        assertThat(navigator.last()).isEqualTo(LicenceScreens.PRODUCTS);
        assertThat(mailWoken).hasSize(1);
        assertThat(addKey.keyText().get()).isEmpty();
        assertThat(desk.store().licences.forAccount(accountId)).hasSize(2);
        products.shown();
        assertThat(products.banner().text()).isEqualTo("製品が追加されました。");
    }

    @Test
    void anExpiredKeyAddedByTheCustomerIsRefusedAtOnceWithNo続行() {
        AddKeyViewModel addKey = addKey(products(Fixtures.IN_PLACE));
        addKey.keyText().set(DemoCatalog.EXPIRED_KEY);
        addKey.proceed();
        assertThat(navigator.last()).isEqualTo(LicenceScreens.ADD_KEY_CHECK);
        ProductCheckViewModel check = new ProductCheckViewModel(addKey, desk.services().legal,
                new com.licensedesk.testing.AnsweringDialogs(), Fixtures.JAPANESE, Fixtures.CLOCK, session, 30);

        check.shown();
        assertThat(check.continueOffered()).isFalse();
        assertThat(check.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(check.banner().text()).startsWith("この製品キーは有効期限が切れているため、登録できません")
                .endsWith("ご購入先にお問い合わせください。");
        assertThat(check.details().expiryWarning()).as("said once, in the banner").isEmpty();

        check.cancel();
        assertThat(navigator.last()).isEqualTo(LicenceScreens.PRODUCTS);
        assertThat(desk.store().licences.forAccount(accountId)).hasSize(1);
    }

    @Test
    void aReadOnlyOperatorSeesTheProductsButIsOfferedNoKeyToAdd() {
        ProductsViewModel products = products(Fixtures.IN_PLACE);
        products.shown();
        assertThat(products.changeable().get()).as("the customer adds keys").isTrue();
        assertThat(products.batchOffered().get()).as("まとめて追加 is the desk's").isFalse();

        session.begin(new Acting(accountId, "Tanaka_01",
                com.licensedesk.session.Actor.operator("desk.clerk", com.licensedesk.session.Role.CLERK)));
        products.shown();
        assertThat(products.changeable().get()).isTrue();
        assertThat(products.batchOffered().get()).isTrue();

        session.begin(new Acting(accountId, "Tanaka_01",
                com.licensedesk.session.Actor.operator("desk.viewer", com.licensedesk.session.Role.READ_ONLY)));
        products.shown();
        assertThat(products.rows()).as("the licences are shown").hasSize(1);
        assertThat(products.changeable().get()).as("no + キーの入力").isFalse();
        assertThat(products.batchOffered().get()).as("no まとめて追加").isFalse();
    }

    @Test
    void cancelGoesBackToTheProductsWithNothingTyped() {
        AddKeyViewModel addKey = addKey(products(Fixtures.IN_PLACE));
        addKey.keyText().set(DemoCatalog.TRIAL_CODE);
        addKey.cancel();
        assertThat(navigator.last()).isEqualTo(LicenceScreens.PRODUCTS);
        assertThat(addKey.keyText().get()).isEmpty();
        assertThat(desk.store().licences.forAccount(accountId)).hasSize(1);
    }
}
