package com.licensedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.domain.PhoneNumber;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * 同期の確認 without a toolkit: a kiosk's registration whose login ID home uses, and a user's information changed at
 * the kiosk and at home, each shown by the customer screens' labels and answered.
 */
class SyncReviewViewModelTest {
    private static final Actor ADMIN = Actor.operator("admin_01", Role.ADMIN);
    @RegisterExtension final TestDesk home = TestDesk.withDemoCatalogue();
    @RegisterExtension final TestDesk kiosk = TestDesk.withDemoCatalogue();
    @TempDir Path folder;
    private final Session session = new Session();
    private SyncReviewViewModel review;

    @BeforeEach
    void enrolAndJoin() {
        KioskService.Enrolled enrolled = home.services().kiosks.enrol(ADMIN, "shinjuku-1");
        kiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
        session.signInStaff(new StaffMember(2, "clerk_01", "鈴木 一郎", Role.CLERK));
    }

    private void aLoginIdTakenAtHomeWaits() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        home.services().registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01", "佐藤商事株式会社"));
        importAtHome();
    }

    private void importAtHome() throws IOException {
        Path bundle = kiosk.services().kioskSync.export(folder).orElseThrow();
        home.services().syncImport.importBundle(ADMIN, "b.ldsync", Files.readAllBytes(bundle));
    }

    private SyncReviewViewModel review(AnsweringDialogs dialogs) {
        return new SyncReviewViewModel(home.services().syncReview, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE);
    }

    @Test
    void aWaitingEntryShowsBothSidesAndIsRegisteredUnderTheLoginIdTheOperatorGives() throws IOException {
        aLoginIdTakenAtHomeWaits();
        AnsweringDialogs dialogs = new AnsweringDialogs().typing("Tanaka_02");
        review = review(dialogs);
        review.shown();

        assertThat(review.rows()).singleElement().satisfies(row -> {
            assertThat(row.kiosk()).isEqualTo("shinjuku-1");
            assertThat(row.customer()).isEqualTo("Tanaka_01");
            assertThat(row.conflict()).isEqualTo("このログインIDは本部の別のお客様が使っています。");
        });
        review.select(review.rows().get(0));
        assertThat(review.kioskSide().get()).contains("ログインID: Tanaka_01", "会社名: 株式会社みなと",
                "電話番号: 03-53949600", "FAX番号: （空欄）", "製品キー: " + DemoCatalog.ACTIVATION_CODE);
        assertThat(review.homeSide().get()).contains("ログインID: Tanaka_01", "会社名: 佐藤商事株式会社");
        assertThat(review.canRegisterAnew().get()).isTrue();
        assertThat(review.canAddToExisting().get()).isTrue();
        assertThat(review.canApplyFields().get()).isFalse();

        review.registerWithNewLoginId();

        assertThat(dialogs.asked()).as("a login ID is one line").singleElement()
                .satisfies(asked -> assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.ASK_LINE));
        assertThat(review.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(review.rows()).isEmpty();
        assertThat(home.store().accounts.find("Tanaka_02")).isPresent();
    }

    @Test
    void aRejectionNeedsItsReasonAndKeepsWhatWasTyped() throws IOException {
        aLoginIdTakenAtHomeWaits();
        review = review(new AnsweringDialogs());
        review.shown();
        review.select(review.rows().get(0));

        review.reject();
        assertThat(review.form().field("rejectReasonField").error().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(review.rows()).hasSize(1);

        review.form().field("rejectReasonField").text().set("ご本人の確認が取れませんでした");
        review.reject();

        assertThat(review.rows()).isEmpty();
        assertThat(review.banner().text()).isEqualTo("キオスク shinjuku-1 の記録 1 を却下しました。");
    }

    @Test
    void aRecordChangedOnBothSidesIsChosenFieldByFieldUnderTheCustomerScreensLabels() throws IOException {
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
        importAtHome();
        Acting atHome = new Acting(home.store().accounts.find("Tanaka_01").orElseThrow().accountId(), "Tanaka_01",
                Actor.operator("clerk_01", Role.CLERK));
        Acting atKiosk = Acting.self(kiosk.store().accounts.find("Tanaka_01").orElseThrow().accountId(), "Tanaka_01");
        ContactPerson user = Fixtures.user("tanaka@example.co.jp");
        home.services().userInfo.save(atHome, new ContactPerson(user.name(), user.nameKana(), "総務部", user.phone(),
                user.fax(), user.email()), home.services().userInfo.user(atHome.accountId()).version());
        kiosk.services().userInfo.save(atKiosk, new ContactPerson(user.name(), user.nameKana(), user.department(),
                PhoneNumber.parse("045", "2223333").orElseThrow(), user.fax(), user.email()),
                kiosk.services().userInfo.user(atKiosk.accountId()).version());
        importAtHome();

        review = review(new AnsweringDialogs());
        review.shown();
        review.select(review.rows().get(0));
        assertThat(review.kioskSide().get()).contains("ログインID: Tanaka_01", "担当者（氏名）: 田中 一郎",
                "電話番号: 045-2223333").doesNotContain("user.", "area");
        assertThat(review.homeSide().get()).startsWith("ログインID: Tanaka_01\n担当者（氏名）: 田中 一郎")
                .contains("部署: 総務部", "電話番号: 03-53949600");
        assertThat(review.differingFields()).extracting(SyncReviewViewModel.FieldChoice::text).containsExactly(
                "部署　キオスク: 情報システム部　本部: 総務部", "電話番号　キオスク: 045-2223333　本部: 03-53949600");

        SyncReviewViewModel english = new SyncReviewViewModel(home.services().syncReview, session,
                Fixtures.IN_PLACE, new AnsweringDialogs(), Fixtures.JAPANESE.in(Locale.ENGLISH));
        english.shown();
        english.select(english.rows().get(0));
        assertThat(english.kioskSide().get()).contains("Login ID: Tanaka_01", "Phone number: 045-2223333");
        assertThat(english.differingFields()).extracting(SyncReviewViewModel.FieldChoice::text).containsExactly(
                "Department - kiosk: 情報システム部, home: 総務部",
                "Phone number - kiosk: 045-2223333, home: 03-53949600");

        review.applyFields(Set.of(review.differingFields().get(1).path()));

        ContactPerson merged = home.services().userInfo.user(atHome.accountId()).user();
        assertThat(merged.department()).isEqualTo("総務部");
        assertThat(merged.phone()).isEqualTo(PhoneNumber.parse("045", "2223333").orElseThrow());
        assertThat(review.rows()).isEmpty();
    }
}
