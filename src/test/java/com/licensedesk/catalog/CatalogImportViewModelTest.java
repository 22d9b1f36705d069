package com.licensedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** カタログの取り込み without a toolkit: the summary and report, the report saved, who may import, a missing file. */
class CatalogImportViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.empty();
    @TempDir Path folder;
    private final Session session = new Session();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private long now;

    private CatalogImportViewModel screen(Role role) {
        session.signInStaff(new StaffMember(1, "desk.someone", "窓口 一郎", role));
        return new CatalogImportViewModel(desk.services().catalogImporter, session, Fixtures.IN_PLACE, dialogs,
                Fixtures.JAPANESE, () -> now += 500_000_000L);
    }

    private Path file(String csv) throws Exception {
        Path file = folder.resolve("catalogue.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSummaryCountsAndTheReportListsEachRefusedRowWhichCanBeSaved() throws Exception {
        CatalogImportViewModel screen = screen(Role.ADMIN);

        dialogs.choosing(file("key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "AB-1234,Broken,,1,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK12,Kasumi,,0,2027-03-31,FULL,\n"));
        screen.chooseFile();

        assertThat(screen.running().get()).isFalse();
        assertThat(screen.fileName().get()).isEqualTo("catalogue.csv");
        assertThat(screen.summary().get()).startsWith("追加 1件、更新 0件、変更なし 0件、取り込めなかった行 2件（");
        assertThat(screen.report()).extracting(CatalogImportViewModel.ReportRow::line).containsExactly(3, 4);
        assertThat(screen.report().get(1).reason()).contains("シート");
        assertThat(screen.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(screen.progress().get()).isEqualTo(1.0);

        Path report = folder.resolve("報告.csv");
        dialogs.choosing(report);
        screen.saveReport();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("\uFEFF行,理由\r\n3,");
        assertThat(screen.banner().text()).isEqualTo("2行の報告を " + report + " に保存しました。");
        assertThat(dialogs.asked()).extracting(AnsweringDialogs.Asked::kind, AnsweringDialogs.Asked::file)
                .containsExactly(tuple(AnsweringDialogs.Kind.OPEN_FILE, Optional.of(Dialogs.FileKind.CSV)),
                        tuple(AnsweringDialogs.Kind.SAVE_FILE, Optional.of(Dialogs.FileKind.CSV)));
    }

    @Test
    void everyMistakeOfARowIsListedAndTheBannerCountsRows() throws Exception {
        CatalogImportViewModel screen = screen(Role.ADMIN);

        dialogs.choosing(file("key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "AB-1234,Broken,,0,2027-03-31,FULL,\n"));
        screen.chooseFile();

        assertThat(screen.report()).extracting(CatalogImportViewModel.ReportRow::line).containsExactly(3, 3);
        assertThat(screen.report()).extracting(CatalogImportViewModel.ReportRow::reason)
                .anySatisfy(reason -> assertThat(reason).contains("キーの形式"))
                .anySatisfy(reason -> assertThat(reason).contains("シート"));
        assertThat(screen.summary().get()).contains("取り込めなかった行 1件");
        assertThat(screen.banner().text()).startsWith("取り込めなかった行が1件あります。");
    }

    @Test
    void aFileThatCannotBeReadToItsEndSaysNothingWasImported() throws Exception {
        CatalogImportViewModel screen = screen(Role.ADMIN);
        Path file = folder.resolve("broken.csv");
        Files.write(file, ("key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK34,\"Kasumi,,5,2027-06-30,TRIAL,\n").getBytes(StandardCharsets.UTF_8));
        dialogs.choosing(file);

        screen.chooseFile();

        assertThat(desk.store().catalog.count()).isZero();
        assertThat(screen.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(screen.banner().text()).isEqualTo(Fixtures.JAPANESE.get("catalogImport.refusedWhole"))
                .doesNotContain("ほかの行は取り込みました");
        assertThat(screen.summary().get()).isEqualTo("ファイルからは何も取り込んでいません。");
        assertThat(screen.report()).singleElement().extracting(CatalogImportViewModel.ReportRow::line).isEqualTo(3);
    }

    @Test
    void inEnglishOneRefusedRowIsARow() throws Exception {
        session.signInStaff(new StaffMember(1, "desk.someone", "Ichiro Madoguchi", Role.ADMIN));
        CatalogImportViewModel screen = new CatalogImportViewModel(desk.services().catalogImporter, session,
                Fixtures.IN_PLACE, dialogs, new Messages(Locale.ENGLISH, "License Desk"), () -> now += 500_000_000L);
        dialogs.choosing(file("key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234,Broken,,0,2027-03-31,FULL,\n"));

        screen.chooseFile();

        assertThat(screen.banner().text()).startsWith("1 row could not be imported.");
    }

    @Test
    void aCancelledChoiceImportsNothingAndSavesNothing() throws Exception {
        CatalogImportViewModel screen = screen(Role.ADMIN);
        dialogs.cancelling();

        screen.chooseFile();
        assertThat(screen.fileName().get()).isEmpty();
        assertThat(screen.banner().kind()).isEqualTo(Banner.Kind.NONE);
        assertThat(desk.store().catalog.count()).isZero();

        screen.saveReport();
        assertThat(screen.banner().kind()).isEqualTo(Banner.Kind.NONE);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".csv"))).isEmpty();
        }
    }

    @Test
    void aClerkIsRefusedAndAMissingFileIsNamed() throws Exception {
        CatalogImportViewModel clerk = screen(Role.CLERK);
        dialogs.choosing(file("key,product,package,seats,expires,license_type,console_url\n"));
        clerk.chooseFile();
        assertThat(clerk.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(clerk.running().get()).isFalse();
        assertThat(desk.store().catalog.count()).isZero();

        CatalogImportViewModel admin = screen(Role.ADMIN);
        dialogs.choosing(folder.resolve("nothing.csv"));
        admin.chooseFile();
        assertThat(admin.banner().text()).contains("nothing.csv").contains("読めません");
        assertThat(admin.report()).isEmpty();
    }
}
