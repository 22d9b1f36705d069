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

    @Test
    void anExportThatDoesNotCompleteLeavesNoFile() throws Exception {
        Path file = folder.resolve("half.csv");
        try (CsvExport csv = CsvExport.to(file, List.of("h"))) {
            csv.row(List.of("x"));
        }
        assertThat(Files.list(folder)).isEmpty();
    }
}
