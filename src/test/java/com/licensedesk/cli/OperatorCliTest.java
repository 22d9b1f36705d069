package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code operator ...}: the desk's staff from the command line. */
class OperatorCliTest {
    @TempDir Path home;
    private CommandLine cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLine(home);
    }

    @Test
    void operatorsAreAddedListedGivenTotpAndTheLastAdminStays() {
        assertThat(cli.runWithInput("Admin9Harbor\nAdmin9Harbor\n", "operator", "add", "--role", "admin", "--name",
                "佐藤 花子", "desk.admin")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("スタッフ desk.admin を管理者として追加しました。");
        assertThat(cli.runWithInput("short\nshort\n", "operator", "add", "desk.clerk")).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("パスワードは8文字以上25文字以下にしてください（入力は5文字です）。");
        assertThat(cli.runWithInput("Clerk1Pass\nOther1Pass\n", "operator", "add", "desk.clerk"))
                .isEqualTo(Cli.USER_ERROR);
        assertThat(cli.run("operator", "add", "--role", "boss", "desk.clerk")).isEqualTo(Cli.USAGE);
        assertThat(cli.stderr()).contains("役割 boss はありません");
        assertThat(cli.runWithInput("Clerk1Pass\nClerk1Pass\n", "operator", "add", "desk.clerk")).isEqualTo(Cli.OK);

        cli.out.reset();
        assertThat(cli.run("operator", "list")).isEqualTo(Cli.OK);
        assertThat(cli.stdout().lines()).containsExactly("desk.admin\t佐藤 花子\t管理者\t有効",
                "desk.clerk\tdesk.clerk\t担当者\t有効");
        assertThat(cli.run("operator", "deactivate", "desk.admin")).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.stderr()).contains("最後の有効な管理者は無効にできません。");
        assertThat(cli.run("operator", "deactivate", "nobody")).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.run("operator", "totp", "desk.clerk")).isEqualTo(Cli.OK);
        assertThat(cli.stdout()).contains("otpauth://totp/");
        assertThat(cli.run("operator", "deactivate", "desk.clerk")).isEqualTo(Cli.OK);
    }
}
