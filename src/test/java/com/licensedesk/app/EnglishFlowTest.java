package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The English screens (licensedesk.locale=en) and the Start screen's language switch. */
@ExtendWith(ApplicationExtension.class)
class EnglishFlowTest {
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    @TempDir static Path home;
    private final List<Locale> switches = new ArrayList<>();
    private LicenseDesk app;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString(), "licensedesk.locale", "en"),
                Map.of(), ownHome), Fixtures.CLOCK, Fixtures.CHEAP_HASHER);
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> switches.add(change.apply(app.config).locale()));
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theScreensAreInEnglishWithNoJapaneseLeft(FxRobot robot) throws Exception {
        assertThat(label(robot, ".screen-title")).isEqualTo("User registration");
        assertNoJapanese(robot);

        robot.clickOn("#continueButton");
        settle(window);
        assertThat(label(robot, "#keyFieldError")).isEqualTo("Enter the product key.");

        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        assertThat(label(robot, ".section-title")).isEqualTo("Enter your sign-in details");
        assertNoJapanese(robot);
    }

    @Test
    void theLanguageSwitchAsksForJapaneseFromEnglish(FxRobot robot) {
        assertThat(robot.lookup("#languageSwitch").queryLabeled().getText()).isEqualTo("日本語");
        robot.clickOn("#languageSwitch");
        assertThat(switches).containsExactly(Locale.JAPANESE);
    }

    /** Nothing in Japanese but the language switch, which names Japanese in Japanese. */
    private static void assertNoJapanese(FxRobot robot) {
        for (Labeled labeled : robot.lookup(node -> node instanceof Labeled && !"languageSwitch".equals(node.getId()))
                .queryAllAs(Labeled.class)) {
            String text = labeled.getText() == null ? "" : labeled.getText();
            assertThat(JAPANESE.matcher(text).find()).as(text).isFalse();
        }
    }
}
