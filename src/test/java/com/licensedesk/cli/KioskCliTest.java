package com.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosk ...}: home enrols and revokes kiosks; a kiosk joins with the file and the passphrase. */
class KioskCliTest {
    @TempDir Path homeFolder;
    @TempDir Path kioskFolder;
    @TempDir Path stick;

    @Test
    void anEnrolledKioskJoinsWithItsPassphraseOnlyAndOnce() {
        CommandLine home = new CommandLine(homeFolder);
        CommandLine kiosk = new CommandLine(kioskFolder);

        String passphrase = enrol(home, "shinjuku-1", stick);

        Path file = stick.resolve("shinjuku-1.ldenrol");
        assertThat(file).isRegularFile();
        assertThat(home.stdout()).contains("キオスク shinjuku-1 を登録し、登録ファイルを書き出しました: " + file)
                .contains("このパスフレーズが表示されるのは今回だけです。");
        String wrong = passphrase.startsWith("2") ? "3" + passphrase.substring(1) : "2" + passphrase.substring(1);
        assertThat(kiosk.runWithInput(wrong + "\n", "kiosk", "join", file.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(kiosk.stderr()).contains("パスフレーズが違います。");
        assertThat(kiosk.run("kiosk", "join", stick.resolve("none.ldenrol").toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(kiosk.stderr()).contains("ファイルが見つかりません: " + stick.resolve("none.ldenrol").toAbsolutePath());

        assertThat(kiosk.runWithInput(passphrase + "\n", "kiosk", "join", file.toString())).isEqualTo(Cli.OK);
        assertThat(kiosk.stdout()).contains("キオスク shinjuku-1 として本部");
        kiosk.err.reset();
        assertThat(kiosk.runWithInput(passphrase + "\n", "kiosk", "join", file.toString()))
                .isEqualTo(Cli.USER_ERROR);
        assertThat(kiosk.stderr()).contains("この場所はすでに本部");
    }

    @Test
    void aFileThatIsNoEnrolmentFileIsSaidToBeOne() throws Exception {
        CommandLine kiosk = new CommandLine(kioskFolder);
        Path other = Files.writeString(stick.resolve("notes.ldenrol"), "not an enrolment file");

        assertThat(kiosk.runWithInput("2222-2222-2222-2222-2222-2222\n", "kiosk", "join", other.toString()))
                .isEqualTo(Cli.USER_ERROR);

        assertThat(kiosk.stderr()).contains("キオスクの登録ファイル（.ldenrol）ではありません: " + other);
    }

    @Test
    void kiosksAreListedAndARevokedOneSaysSo() {
        CommandLine home = new CommandLine(homeFolder);
        assertThat(home.run("kiosk", "list")).isEqualTo(Cli.OK);
        assertThat(home.stdout()).contains("登録されたキオスクはありません。");
        assertThat(home.run("kiosk", "enrol", "新宿 1", stick.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(home.stderr()).contains("半角の英数字");
        enrol(home, "shinjuku-1", stick);
        assertThat(home.run("kiosk", "enrol", "shinjuku-1", stick.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(home.stderr()).contains("キオスク名 shinjuku-1 はすでに使われています。");

        assertThat(home.run("kiosk", "revoke", "shibuya-1", "盗難のため")).isEqualTo(Cli.USER_ERROR);
        assertThat(home.stderr()).contains("キオスク shibuya-1 は登録されていません");
        assertThat(home.run("kiosk", "revoke", "shinjuku-1", "盗難のため")).isEqualTo(Cli.OK);
        assertThat(home.run("kiosk", "revoke", "shinjuku-1", "盗難のため")).isEqualTo(Cli.OK);
        assertThat(home.stdout()).contains("キオスク shinjuku-1 を取り消しました。")
                .contains("キオスク shinjuku-1 はすでに取り消されています。");

        home.out.reset();
        assertThat(home.run("kiosk", "list")).isEqualTo(Cli.OK);
        assertThat(home.stdout().lines()).containsExactly("shinjuku-1\t取り消し済み\t未受信\t未処理 0 件");
        assertThat(home.run("kiosk", "list", "extra")).isEqualTo(Cli.USAGE);
    }

    /** Enrols {@code name} at {@code home} into {@code folder}; the passphrase it printed. */
    static String enrol(CommandLine home, String name, Path folder) {
        home.out.reset();
        assertThat(home.run("kiosk", "enrol", name, folder.toString())).isEqualTo(Cli.OK);
        return home.stdout().lines().filter(line -> line.startsWith("パスフレーズ: ")).findFirst().orElseThrow()
                .substring("パスフレーズ: ".length());
    }
}
