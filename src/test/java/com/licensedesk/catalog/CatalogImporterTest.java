package com.licensedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {
    private static final String HEADER = "key,product,package,seats,expires,license_type,console_url\n";
    @RegisterExtension final TestDesk desk = TestDesk.empty();
    @TempDir Path folder;
    private CatalogImporter importer;

    @BeforeEach
    void open() {
        importer = desk.services().catalogImporter;
    }

    @Test
    void goodRowsAreImportedAndBadRowsReportedWithLineAndReason() throws Exception {
        String csv = HEADER
                + "ab-1234-abcd-efgh-jk12,Hoshizora Endpoint,\"Suite, Advanced\",25,2027-03-31,FULL,https://console.example.com/a\n"
                + "AB-1234-ABCD-EFGH,Broken Shape,,1,2027-03-31,FULL,\n"
                + "CD-5678-ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2,Kasumi Mail,,0,2027-03-31,FULL,\n"
                + "EF-9012-ABCD-EFGH-JK34,Tsubasa Server,,5,31/03/2027,FULL,\n"
                + "GH-3456-ABCD-EFGH-JK56,Hotaru Mobile,,5,2027-03-31,BETA,\n"
                + "JK-7890-ABCD-EFGH-JK78,,,5,2027-03-31,TRIAL,\n"
                + "LM-1111-ABCD-EFGH-JK90,Shizuku Backup,,3,2027-01-15,TRIAL,ftp://example.com\n"
                + "AB-1234-ABCD-EFGH-JK12,Duplicate,,1,2027-03-31,FULL,\n"
                + "NP-2222-ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ3,Hoshizora Cloud,,100,2027-12-31,TRIAL,\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.counts().added()).isEqualTo(2);
        assertThat(report.errors()).extracting(ImportReport.RowError::line, ImportReport.RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "catalog.import.error.key"),
                        org.assertj.core.groups.Tuple.tuple(4, "catalog.import.error.seats"),
                        org.assertj.core.groups.Tuple.tuple(5, "catalog.import.error.expires"),
                        org.assertj.core.groups.Tuple.tuple(6, "catalog.import.error.licenseType"),
                        org.assertj.core.groups.Tuple.tuple(7, "catalog.import.error.product"),
                        org.assertj.core.groups.Tuple.tuple(8, "catalog.import.error.consoleUrl"),
                        org.assertj.core.groups.Tuple.tuple(9, "catalog.import.error.duplicate"));
        for (ImportReport.RowError error : report.errors()) {
            assertThat(Fixtures.JAPANESE.get(error.messageKey(), error.args().toArray())).isNotBlank();
        }
        CatalogEntry imported = desk.store().catalog.find(Fixtures.key("AB-1234-ABCD-EFGH-JK12")).orElseThrow();
        assertThat(imported.product()).isEqualTo("Hoshizora Endpoint");
        assertThat(imported.packageName()).contains("Suite, Advanced");
        assertThat(imported.seats()).isEqualTo(25);
        assertThat(imported.expires()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(imported.licenseType()).isEqualTo(LicenseType.FULL);
        assertThat(imported.consoleUrl()).contains("https://console.example.com/a");
        assertThat(desk.store().catalog.find(Fixtures.key("NP-2222-ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ3")).orElseThrow()
                .licenseType()).isEqualTo(LicenseType.TRIAL);
    }

    @Test
    void aRowWithSeveralMistakesIsReportedWithEachOfThemAndCountsAsOneRow() {
        String csv = HEADER + "AB-1234,,,0,31/03/2027,BETA,ftp://example.com\n"
                + "CD-5678-ABCD-EFGH-JK34,Kasumi Mail,,5,2027-06-30,TRIAL,\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.errors()).extracting(ImportReport.RowError::line, ImportReport.RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.key"),
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.product"),
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.seats"),
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.expires"),
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.licenseType"),
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.consoleUrl"));
        assertThat(report.refusedRows()).isEqualTo(1);
        assertThat(report.refusedWhole()).isFalse();
        assertThat(report.counts().added()).isEqualTo(1);
    }

    @Test
    void aColumnTooLongIsNamedOnceBesideTheRowsOtherMistakes() {
        String csv = HEADER + "AB-1234-ABCD-EFGH-JK12," + "P".repeat(201) + ",,x,2027-03-31,FULL,\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.errors()).extracting(ImportReport.RowError::messageKey)
                .containsExactly("catalog.import.error.tooLong", "catalog.import.error.seats");
    }

    @Test
    void aFileRefusedWholeSaysSo() {
        assertThat(importer.importCsv(new StringReader("key,product\n")).refusedWhole()).isTrue();
        assertThat(importer.importCsv(new StringReader(HEADER + "AB-1234,,,0,x,y,\n")).refusedWhole()).isFalse();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        String csv = HEADER + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK34,Kasumi Mail,,5,2027-06-30,TRIAL,\n";
        importer.importCsv(new StringReader(csv));

        ImportReport again = importer.importCsv(new StringReader(csv));

        assertThat(again.counts()).isEqualTo(new CatalogRepository.ImportCounts(0, 0, 2));
        assertThat(desk.store().catalog.count()).isEqualTo(2);

        ImportReport changed = importer.importCsv(new StringReader(
                HEADER + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,30,2027-03-31,FULL,\n"));
        assertThat(changed.counts()).isEqualTo(new CatalogRepository.ImportCounts(0, 1, 0));
        assertThat(desk.store().catalog.find(Fixtures.key("AB-1234-ABCD-EFGH-JK12")).orElseThrow().seats())
                .isEqualTo(30);
    }

    @Test
    void columnsAreFoundByNameAndAMissingOneIsReported() throws Exception {
        String reordered = "product,key,seats,expires,license_type,package,console_url\n"
                + "Hoshizora Endpoint,AB-1234-ABCD-EFGH-JK12,25,2027-03-31,FULL,,\n";
        assertThat(importer.importCsv(new StringReader(reordered)).counts().added()).isEqualTo(1);

        ImportReport missing = importer.importCsv(new StringReader("key,product,seats\nAB-1234-ABCD-EFGH-JK12,X,1\n"));
        assertThat(missing.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.messageKey()).isEqualTo("catalog.import.error.header");
        });
    }

    @Test
    void aQuotedFieldMayHoldQuotesAndALineBreakIsRefusedWithoutLosingTheLineCount() throws Exception {
        String csv = HEADER + "AB-1234-ABCD-EFGH-JK12,\"Hoshizora \"\"Pro\"\"\",,1,2027-03-31,FULL,\n"
                + "EF-9012-ABCD-EFGH-JK56,Hotaru,\"Line one\nline two\",1,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK34,Bad,,x,2027-03-31,FULL,\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(desk.store().catalog.find(Fixtures.key("AB-1234-ABCD-EFGH-JK12")).orElseThrow().product())
                .isEqualTo("Hoshizora \"Pro\"");
        assertThat(report.errors()).extracting(ImportReport.RowError::line, ImportReport.RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "catalog.import.error.controlCharacter"),
                        org.assertj.core.groups.Tuple.tuple(5, "catalog.import.error.seats"));
    }

    @Test
    void excelsTrailingEmptyColumnsAndBlankLinesAreFine() {
        String csv = "key,product,package,seats,expires,license_type,console_url,,\r\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,,,\r\n"
                + "\r\n"
                + "CD-5678-ABCD-EFGH-JK34,Kasumi Mail,,5,2027-06-30,TRIAL,,,x\r\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.counts().added()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.messageKey()).isEqualTo("catalog.import.error.columns");
        });
    }

    @Test
    void repeatedEmptyHeaderNamesAndAShortRowAreReportedNotThrown() {
        String csv = "key,,product,,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,,Hoshizora\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.messageKey()).isEqualTo("catalog.import.error.columns");
        });
        assertThat(importer.importCsv(new StringReader("key,product,key\n")).errors()).singleElement()
                .extracting(ImportReport.RowError::messageKey).isEqualTo("catalog.import.error.twice");
    }

    @Test
    void aControlCharacterInAnyColumnIsReportedWithItsLineAndColumn() {
        String csv = HEADER + "AB-1234-ABCD-EFGH-JK12,Kasumi\u0000Mail,,1,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK34,\"Two\nlines\",,5,2027-06-30,TRIAL,\n"
                + "EF-9012-ABCD-EFGH-JK56,Hotaru,Pack\u001b[31m,5,2027-06-30,TRIAL,\n"
                + "GH-3456-ABCD-EFGH-JK78,\tHoshizora Guard\t,,5,2027-06-30,FULL,\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.errors()).extracting(ImportReport.RowError::line, ImportReport.RowError::messageKey,
                error -> error.args().get(0)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "catalog.import.error.controlCharacter", "product"),
                        org.assertj.core.groups.Tuple.tuple(3, "catalog.import.error.controlCharacter", "product"),
                        org.assertj.core.groups.Tuple.tuple(5, "catalog.import.error.controlCharacter", "package"));
        assertThat(report.counts().added()).as("tabs around a value are only trimmed").isEqualTo(1);
        assertThat(desk.store().catalog.find(Fixtures.key("GH-3456-ABCD-EFGH-JK78")))
                .hasValueSatisfying(entry -> assertThat(entry.product()).isEqualTo("Hoshizora Guard"));
    }

    @Test
    void aFieldLongerThanTheCatalogueHoldsIsReportedForItsRow() {
        String csv = HEADER + "AB-1234-ABCD-EFGH-JK12," + "製".repeat(201) + ",,1,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK34,Kasumi Mail,,5,2027-06-30,TRIAL,\n";

        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.counts().added()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.messageKey()).isEqualTo("catalog.import.error.tooLong");
            assertThat(error.args()).containsExactly("product", 200, 201);
        });
    }

    @Test
    void aFileThatBreaksOffStoresNothingAndSaysWhere() throws Exception {
        StringBuilder good = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            good.append(com.licensedesk.testing.GeneratedCustomers.key(i, 0)).append(",Test,,1,2027-03-31,FULL,\n");
        }
        byte[] text = good.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(text, text.length + 3);
        broken[text.length] = (byte) 0xC3; // not UTF-8: a lead byte followed by no continuation
        broken[text.length + 1] = '\n';
        broken[text.length + 2] = '\n';
        ImportReport report = importer.importCsv(new java.io.ByteArrayInputStream(broken));

        assertThat(desk.store().catalog.count()).as("nothing half imported").isZero();
        assertThat(report.counts()).isEqualTo(new CatalogRepository.ImportCounts(0, 0, 0));
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.messageKey()).isEqualTo("catalog.import.error.unreadable");
            assertThat(error.line()).as("the line after the header and 1,500 rows").isEqualTo(1_502);
        });

        ImportReport unclosed = importer.importCsv(new StringReader(HEADER
                + "AB-1234-ABCD-EFGH-JK12,\"Hoshizora,,1,2027-03-31,FULL,\n"));
        assertThat(unclosed.errors()).singleElement().extracting(ImportReport.RowError::messageKey)
                .isEqualTo("catalog.import.error.unreadable");
        assertThat(desk.store().catalog.count()).isZero();
    }

    /** Once, on SQLite: what it tries is the reading of odd files, which is the same whichever database is behind. */
    @Test
    @Tag("sqlite-only")
    void tenThousandRandomFilesOfEachShapeNeverThrow() {
        java.util.Random random = new java.util.Random(7);
        String[] shapes = {HEADER, "key,,product,,package,seats,expires,license_type,console_url,,\n", ""};
        for (String shape : shapes) {
            for (int i = 0; i < 10_000; i++) {
                StringBuilder csv = new StringBuilder(shape);
                int rows = random.nextInt(4);
                for (int r = 0; r < rows; r++) {
                    csv.append(com.licensedesk.testing.RandomText.of(random, 40)).append('\n');
                }
                importer.importCsv(new StringReader(csv.toString()));
            }
        }
    }

    @Test
    void theDemoCatalogueHasEveryKindOfKeyAndNoRealVendorNames() {
        List<CatalogEntry> demo = DemoCatalog.entries(LocalDate.of(2026, 11, 24));

        assertThat(demo).extracting(entry -> entry.key().kind()).contains(KeyKind.ACTIVATION_CODE,
                KeyKind.REGISTRATION_KEY);
        assertThat(demo).anySatisfy(entry -> {
            assertThat(entry.licenseType()).isEqualTo(LicenseType.FULL);
            assertThat(entry.key().kind()).isEqualTo(KeyKind.REGISTRATION_KEY);
            assertThat(entry.seats()).isGreaterThan(1);
        });
        assertThat(demo).anyMatch(entry -> entry.licenseType() == LicenseType.TRIAL);
        assertThat(demo).anyMatch(entry -> entry.expires().isBefore(LocalDate.of(2026, 11, 24)));
        assertThat(demo).anyMatch(entry -> !entry.expires().isBefore(LocalDate.of(2026, 11, 24))
                && !entry.expires().isAfter(LocalDate.of(2026, 12, 24)));
        assertThat(demo).extracting(CatalogEntry::product).noneMatch(name -> name.matches(
                "(?i).*(trend ?micro|norton|symantec|mcafee|kaspersky|eset|sophos|bitdefender|avast|microsoft).*"));
    }

    /** A catalogue of {@code rows} generated keys, as the vendor sends it. */
    private Path generatedFile(int rows) throws java.io.IOException {
        Path file = folder.resolve("catalogue-" + rows + ".csv");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(com.licensedesk.testing.GeneratedCustomers.key(i, 0)).append(",Tsubasa Server,,5,2027-03-31,FULL,\n");
        }
        java.nio.file.Files.writeString(folder.resolve("catalogue-" + rows + ".csv"), csv);
        return file;
    }

    @Test
    void aCancelledImportStoresNothingAndSaysHowFarItRead() throws Exception {
        Path file = generatedFile(23_000);
        List<Long> linesSeen = new java.util.ArrayList<>();
        long before = desk.store().catalog.count();

        ImportReport report = importer.importFile(file, new ImportProgress() {
            @Override
            public void read(long line, long bytes) {
                linesSeen.add(line);
            }

            @Override
            public boolean cancelled() {
                return linesSeen.size() >= 2;
            }
        }, com.licensedesk.session.Actor.system("test"));

        assertThat(report.cancelled()).isTrue();
        assertThat(report.lastLine()).isEqualTo(10_001);
        assertThat(desk.store().catalog.count()).isEqualTo(before);
        assertThat(desk.store().value("SELECT COUNT(*) FROM audit_log WHERE action = 'CATALOG_IMPORTED'").toString())
                .isEqualTo("0");

        ImportReport whole = importer.importFile(file, ImportProgress.NONE, com.licensedesk.session.Actor.system("test"));
        assertThat(whole.counts()).isEqualTo(new CatalogRepository.ImportCounts(23_000, 0, 0));
        assertThat(desk.store().value("SELECT detail FROM audit_log WHERE action = 'CATALOG_IMPORTED'").toString())
                .isEqualTo("file=catalogue-23000.csv; added=23000; updated=0; unchanged=0; refused=0");
    }

    @Test
    void aFileRefusedWholeStoresNothingAndIsStillRecorded() throws Exception {
        Path file = folder.resolve("no-header.csv");
        java.nio.file.Files.writeString(file, "key,product\nAB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint\n");

        ImportReport report = importer.importFile(file, ImportProgress.NONE, com.licensedesk.session.Actor.system("test"));

        assertThat(report.errors()).extracting(ImportReport.RowError::messageKey)
                .containsExactly("catalog.import.error.header");
        assertThat(desk.store().catalog.count()).isZero();
        assertThat(desk.store().value("SELECT detail FROM audit_log WHERE action = 'CATALOG_IMPORTED'").toString())
                .isEqualTo("file=no-header.csv; added=0; updated=0; unchanged=0; refused=1");
    }

    @Test
    void progressReportsLinesAndBytesUpToTheWholeFileThenStoring() throws Exception {
        Path file = generatedFile(12_000);
        long[] last = new long[2];
        List<String> said = new ArrayList<>();
        importer.importFile(file, new ImportProgress() {
            @Override
            public void read(long line, long bytes) {
                last[0] = line;
                last[1] = bytes;
                if (said.isEmpty() || !said.get(said.size() - 1).equals("read")) {
                    said.add("read");
                }
            }

            @Override
            public void storing() {
                said.add("storing");
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }, com.licensedesk.session.Actor.system("test"));

        assertThat(last[0]).isEqualTo(12_001);
        assertThat(last[1]).isEqualTo(java.nio.file.Files.size(file));
        assertThat(said).as("the reading, then the storing once").containsExactly("read", "storing");
    }

    @Test
    void aClerkMayNotImport() throws Exception {
        Path file = generatedFile(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFile(file, ImportProgress.NONE,
                        new com.licensedesk.session.StaffMember(2, "desk.clerk", "鈴木", com.licensedesk.session.Role.CLERK)
                                .actor()))
                .isInstanceOf(com.licensedesk.session.NotPermitted.class);
        assertThat(desk.store().catalog.count()).isZero();
    }

    @Test
    void keyLinesTellsKeysApartAtAMillion() {
        KeyLines lines = new KeyLines();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(lines.putIfAbsent(com.licensedesk.testing.GeneratedCustomers.key(i, 0), i + 2)).isZero();
        }
        assertThat(lines.putIfAbsent(com.licensedesk.testing.GeneratedCustomers.key(123_456, 0), 5))
                .isEqualTo(123_458);
    }
}
