package com.licensedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.kiosks.KioskService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 同期の確認 without a toolkit: a kiosk's registration whose login ID home uses, shown and answered. */
class SyncReviewViewModelTest {
    @RegisterExtension final TestDesk home = TestDesk.withDemoCatalogue();
    @RegisterExtension final TestDesk kiosk = TestDesk.withDemoCatalogue();
    @TempDir Path folder;
    private final Session session = new Session();
    private SyncReviewViewModel review;

    @BeforeEach
    void aConflictWaits() throws IOException {
        Actor admin = Actor.operator("admin_01", Role.ADMIN);
        KioskService.Enrolled enrolled = home.services().kiosks.enrol(admin, "shinjuku-1");
        kiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
        kiosk.services().registration.register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01", "株式会社みなと"));
        home.services().registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01", "佐藤商事株式会社"));
        Path bundle = kiosk.services().kioskSync.export(folder).orElseThrow();
        home.services().syncImport.importBundle(admin, "b.ldsync", Files.readAllBytes(bundle));
        session.signInStaff(new StaffMember(2, "clerk_01", "鈴木 一郎", Role.CLERK));
    }

    private SyncReviewViewModel review(AnsweringDialogs dialogs) {
        return new SyncReviewViewModel(home.services().syncReview, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE);
    }

    @Test
    void aWaitingEntryShowsBothSidesAndIsRegisteredUnderTheLoginIdTheOperatorGives() {
        review = review(new AnsweringDialogs().typing("Tanaka_02"));
        review.shown();

        assertThat(review.rows()).singleElement().satisfies(row -> {
            assertThat(row.kiosk()).isEqualTo("shinjuku-1");
            assertThat(row.customer()).isEqualTo("Tanaka_01");
            assertThat(row.conflict()).isEqualTo("このログインIDは本部の別のお客様が使っています。");
        });
        review.select(review.rows().get(0));
        assertThat(review.kioskSide().get()).contains("company.companyName: 株式会社みなと");
        assertThat(review.homeSide().get()).contains("contractor.companyName: 佐藤商事株式会社");
        assertThat(review.canRegisterAnew().get()).isTrue();
        assertThat(review.canAddToExisting().get()).isTrue();
        assertThat(review.canApplyFields().get()).isFalse();

        review.registerWithNewLoginId();

        assertThat(review.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(review.rows()).isEmpty();
        assertThat(home.store().accounts.find("Tanaka_02")).isPresent();
    }

    @Test
    void aRejectionNeedsItsReasonAndKeepsWhatWasTyped() {
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
}
