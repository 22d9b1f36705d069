package com.licensedesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import com.licensedesk.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaving kiosk mode without a toolkit: only the right settings PIN quits, and a wrong one says so. */
class KioskQuitViewModelTest {
    @TempDir Path folder;

    @Test
    void aWrongPinSaysSoAndTheRightOneQuits() {
        SettingsFile file = new SettingsFile(folder.resolve("license-desk.properties"), Fixtures.CHEAP_HASHER,
                Fixtures.CLOCK);
        file.setPin("246810");
        List<String> quits = new ArrayList<>();
        KioskQuitViewModel quit = new KioskQuitViewModel(file, Fixtures.IN_PLACE, Fixtures.JAPANESE,
                () -> quits.add("quit"));
        quit.opened();

        quit.submit();
        assertThat(quit.pin().error().get()).isEqualTo("必須項目です。入力してください。");
        quit.pin().text().set("135790");
        quit.submit();
        assertThat(quit.pin().error().get())
                .isEqualTo("設定用PINが正しくありません。あと4回間違えると、15分間PINを入力できなくなります。");
        assertThat(quit.pin().text().get()).isEmpty();
        assertThat(quits).isEmpty();

        quit.pin().text().set("246810");
        quit.submit();
        assertThat(quits).hasSize(1);
    }

    @Test
    void fiveWrongPinsLockThePinForFifteenMinutesAcrossARestart() {
        MovableClock clock = new MovableClock(Fixtures.NOW);
        Path properties = folder.resolve("license-desk.properties");
        SettingsFile file = new SettingsFile(properties, Fixtures.CHEAP_HASHER, clock);
        file.setPin("246810");
        for (int left = 4; left >= 1; left--) {
            assertThat(file.checkPin("000000")).isEqualTo(new SettingsFile.PinCheck.Wrong(left));
        }
        Instant until = Fixtures.NOW.plus(Duration.ofMinutes(15));
        assertThat(file.checkPin("000000")).isEqualTo(new SettingsFile.PinCheck.Locked(until));

        SettingsFile restarted = new SettingsFile(properties, Fixtures.CHEAP_HASHER, clock);
        assertThat(restarted.checkPin("246810")).as("not even the right PIN while locked")
                .isEqualTo(new SettingsFile.PinCheck.Locked(until));
        clock.advance(Duration.ofMinutes(15));
        assertThat(restarted.checkPin("246810")).isEqualTo(new SettingsFile.PinCheck.Right());
        assertThat(restarted.checkPin("000000")).as("counting starts over")
                .isEqualTo(new SettingsFile.PinCheck.Wrong(4));
    }
}
