package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a script would run it: exit codes, stdout for results, stderr for reasons. */
class CliTest {
    @TempDir Path home;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void badUsageExitsWithTwoAndVersionWithZero() {
        assertThat(cli.run("catalog")).isEqualTo(Cli.USAGE);
        assertThat(cli.stderr()).contains("使い方: license-desk");
        assertThat(cli.run("--version")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).startsWith("License Desk ");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "licensedesk.smtp.port, twenty-five, licensedesk.smtp.port の値 \"twenty-five\" は使えません",
        "licensedesk.session.idle-minutes, 0.5, 1以上240以下の整数",
        "licensedesk.session.idle-minutes, 0, licensedesk.session.idle-minutes",
        "licensedesk.kiosk, yes, true または false",
        "licensedesk.locale, fr, ja または en",
        "licensedesk.db.url, jdbc:mysql://db/desk, jdbc:sqlite:"})
    void aBadSettingIsOneLineNamingItWithNoStackTrace(String property, String value, String said) {
        int code = cli.run(Settings.of(Map.of("licensedesk.home", home.toString(), property, value), Map.of(), home),
                "outbox", "list");

        assertThat(code).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr().lines()).singleElement().asString().contains(property).contains(said);
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneLine() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        int code = cli.run(Settings.of(Map.of("licensedesk.home", file.toString()), Map.of(), file), "outbox", "list");

        assertThat(code).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr().lines()).singleElement().asString().contains("はフォルダーではありません");
    }
}
