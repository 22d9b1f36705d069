package com.licensedesk.kiosks;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.operators.Operator;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** キオスク管理 and キオスクの登録 without a toolkit: enrolling with the file saved and the passphrase shown, revoking. */
class KioskScreensViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.empty();
    private final Session session = new Session();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final AtomicInteger enrolled = new AtomicInteger();
    private KioskService kiosks;

    @BeforeEach
    void open() {
        kiosks = desk.services().kiosks;
        Operator admin = desk.services().operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        session.signInStaff(new StaffMember(admin.id(), admin.loginId(), admin.name(), Role.ADMIN));
    }

    private EnrolKioskViewModel enrolment() {
        EnrolKioskViewModel enrolment = new EnrolKioskViewModel(kiosks, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE, enrolled::incrementAndGet);
        enrolment.opened();
        return enrolment;
    }

    @Test
    void aBadNameIsRefusedAtItsFieldAndNothingIsEnrolled() {
        EnrolKioskViewModel enrolment = enrolment();
        enrolment.form().field("kioskNameField").text().set("新宿 1");

        enrolment.save();

        assertThat(enrolment.form().field("kioskNameField").error().get())
                .isEqualTo(Fixtures.JAPANESE.get("kiosks.error.nameShape"));
        assertThat(enrolment.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(kiosks.all()).isEmpty();
        assertThat(dialogs.asked()).isEmpty();
    }

    @Test
    void theFileIsSavedWhereTheAdminSaysAndOnlyThenThePassphraseIsShown() throws Exception {
        EnrolKioskViewModel enrolment = enrolment();
        enrolment.form().field("kioskNameField").text().set("shinjuku-1");

        enrolment.save();

        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.SAVE_FILE);
            assertThat(asked.detail()).isEqualTo("shinjuku-1.ldenrol");
            assertThat(asked.file()).contains(Dialogs.FileKind.ENROLMENT);
        });
        assertThat(enrolment.passphrase().get()).as("not saved: not shown").isEmpty();
        assertThat(enrolment.banner().text()).contains("shinjuku-1").contains("保存されていません");
        assertThat(enrolled).hasValue(1);
        assertThat(enrolment.enrolled().get()).as("its name is fixed now").isTrue();

        Path file = desk.folder().resolve("shinjuku-1.ldenrol");
        dialogs.choosing(file);
        enrolment.save();

        assertThat(kiosks.all()).as("enrolled once, saved on the second press").hasSize(1);
        assertThat(Files.readAllBytes(file)).isNotEmpty();
        String passphrase = enrolment.passphrase().get();
        assertThat(passphrase).isNotBlank();
        assertThat(enrolment.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);

        enrolment.opened();
        assertThat(enrolment.passphrase().get()).as("shown only that once").isEmpty();
        assertThat(enrolment.enrolled().get()).isFalse();
    }

    @Test
    void aNameInUseIsSaidAtTheField() {
        kiosks.enrol(Actor.operator("desk.admin", Role.ADMIN), "shinjuku-1");
        EnrolKioskViewModel enrolment = enrolment();
        enrolment.form().field("kioskNameField").text().set("shinjuku-1");

        enrolment.save();

        assertThat(enrolment.form().field("kioskNameField").error().get())
                .isEqualTo(Fixtures.JAPANESE.get("kiosks.error.nameTaken"));
        assertThat(dialogs.asked()).isEmpty();
    }

    @Test
    void revokingAsksWhyAndTheListSaysSo() {
        kiosks.enrol(Actor.operator("desk.admin", Role.ADMIN), "shinjuku-1");
        KiosksViewModel list = new KiosksViewModel(kiosks, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE,
                () -> { });
        list.shown();
        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo("有効");
            assertThat(row.lastReceived()).isEqualTo("まだ受信していません");
            assertThat(row.unsettled()).isZero();
        });

        list.revoke(list.rows().get(0));
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.ASK_TEXT);
            assertThat(asked.detail()).contains("shinjuku-1");
        });
        assertThat(kiosks.find("shinjuku-1").orElseThrow().active()).as("cancelled").isTrue();

        dialogs.typing("   ");
        list.revoke(list.rows().get(0));
        assertThat(list.banner().text()).isEqualTo("取り消しの理由: 必須項目です。入力してください。");
        assertThat(kiosks.find("shinjuku-1").orElseThrow().active()).isTrue();

        dialogs.typing("端末を紛失したため");
        list.revoke(list.rows().get(0));
        assertThat(list.banner().text()).isEqualTo("キオスク shinjuku-1 を取り消しました。");
        assertThat(list.rows()).singleElement().satisfies(row -> assertThat(row.state()).isEqualTo("取り消し済み"));
        assertThat(kiosks.find("shinjuku-1").orElseThrow().revocation().orElseThrow().reason())
                .isEqualTo("端末を紛失したため");
    }
}
