package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog import}: what a script sees of an import. */
class CatalogCliTest {
    @TempDir Path home;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void importsACatalogueReportingBadRowsAndChangesNothingTheSecondTime() throws Exception {
        Path csv = home.resolve("catalogue.csv");
        Files.writeString(csv, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "AB-1234,Broken,,1,2027-03-31,FULL,\n", StandardCharsets.UTF_8);

        assertThat(cli.run("catalog", "import", csv.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stdout()).contains("取り込み完了: 追加 1 件、更新 0 件、変更なし 0 件、取り込めなかった行 1 件");
        assertThat(cli.stderr()).contains("3 行目: キーの形式が正しくありません: AB-1234");

        cli.out.reset();
        Files.writeString(csv, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n", StandardCharsets.UTF_8);
        assertThat(cli.run("catalog", "import", csv.toString())).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("追加 0 件、更新 0 件、変更なし 1 件、取り込めなかった行 0 件");
    }

    @Test
    void everyMistakeOfARowIsPrintedAndAFileThatBreaksOffSaysNothingWasImported() throws Exception {
        Path csv = home.resolve("catalogue.csv");
        Files.writeString(csv, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234,Broken,,0,2027-03-31,FULL,\n", StandardCharsets.UTF_8);

        assertThat(cli.run("catalog", "import", csv.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("2 行目: キーの形式が正しくありません: AB-1234")
                .contains("2 行目: シート数は1以上の整数で指定してください: 0");
        assertThat(cli.stdout()).contains("取り込めなかった行 1 件");

        cli.out.reset();
        Files.writeString(csv, "key,product,package,seats,expires,license_type,console_url\n"
                + "AB-1234-ABCD-EFGH-JK12,Hoshizora Endpoint,,25,2027-03-31,FULL,\n"
                + "CD-5678-ABCD-EFGH-JK34,\"Kasumi,,5,2027-06-30,TRIAL,\n", StandardCharsets.UTF_8);
        assertThat(cli.run("catalog", "import", csv.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stdout()).contains("何も取り込んでいません").doesNotContain("取り込み完了");
    }

    @Test
    void aMissingFileIsAUserErrorWithOneLine() {
        assertThat(cli.run("catalog", "import", home.resolve("nothing.csv").toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr().lines()).singleElement().asString().startsWith("ファイルを読み込めません");
    }
}
