package com.licensedesk.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV files the desk writes: BOM, RFC 4180, formula cells neutralised, whole or not at all. */
class CsvExportTest {
    @TempDir Path folder;

    @Test
    void cellsReadBackWithQuotesCommasLineBreaksAndJapaneseAndFormulasAreText() throws Exception {
        Path file = folder.resolve("out.csv");
        List<String> tricky = List.of("株式会社\"引用\"", "a,b", "二行\r\n目", "=HYPERLINK(\"x\")", "+81", "-1", "@SUM(A1)",
                "");
        try (CsvExport csv = CsvExport.to(file, List.of("h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"))) {
            csv.row(tricky);
            csv.complete();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new String(bytes, StandardCharsets.UTF_8).substring(1),
                CSVFormat.RFC4180)) {
            CSVRecord row = parser.getRecords().get(1);
            assertThat(row.toList()).containsExactly("株式会社\"引用\"", "a,b", "二行\r\n目", "'=HYPERLINK(\"x\")", "'+81",
                    "'-1", "'@SUM(A1)", "");
        }
    }

    /** Every start a spreadsheet reads as a formula: OWASP's list, and the full-width forms a Japanese IME types. */
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+81", "-1", "@SUM(A1)", "\tcmd", "\r=1", "＝１＋１", "＋８１", "－１", "＠ＳＵＭ"})
    void aCellAFormulaCouldStartWithReadsBackAsText(String cell) throws Exception {
        Path file = folder.resolve("formula.csv");
        CsvExport.write(file, List.of(cell), csv -> csv.row(List.of(cell, "x" + cell)));
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).get(0)).isEqualTo("'" + cell);
            assertThat(records.get(1).toList()).containsExactly("'" + cell, "x" + cell);
        }
    }

    @Test
    void anExportThatDoesNotCompleteLeavesNoFile() throws Exception {
        Path file = folder.resolve("half.csv");
        try (CsvExport csv = CsvExport.to(file, List.of("h"))) {
            csv.row(List.of("x"));
        }
        assertThat(Files.list(folder)).isEmpty();
    }
}
