package com.licensedesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaving kiosk mode without a toolkit: only the right settings PIN quits, and a wrong one says so. */
class KioskQuitViewModelTest {
    @TempDir Path folder;

    @Test
    void aWrongPinSaysSoAndTheRightOneQuits() {
        SettingsFile file = new SettingsFile(folder.resolve("license-desk.properties"), Fixtures.CHEAP_HASHER);
        file.setPin("246810");
        List<String> quits = new ArrayList<>();
        KioskQuitViewModel quit = new KioskQuitViewModel(file, Fixtures.IN_PLACE, Fixtures.JAPANESE,
                () -> quits.add("quit"));
        quit.opened();

        quit.submit();
        assertThat(quit.pin().error().get()).isEqualTo("必須項目です。入力してください。");
        quit.pin().text().set("135790");
        quit.submit();
        assertThat(quit.pin().error().get()).isEqualTo("設定用PINが正しくありません。");
        assertThat(quit.pin().text().get()).isEmpty();
        assertThat(quits).isEmpty();

        quit.pin().text().set("246810");
        quit.submit();
        assertThat(quits).hasSize(1);
    }
}
