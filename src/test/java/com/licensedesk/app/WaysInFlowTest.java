package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * How customers and staff get in: the links of the Start and Login screens, each shown whole in both languages in the
 * smallest window the desk supports (1024x768), the language switch naming the other language in its own words, and
 * what the Start screen leaves out while an operator is signed in.
 */
@ExtendWith(ApplicationExtension.class)
class WaysInFlowTest {
    private static final List<String> START_LINKS = List.of("#languageSwitch", "#staffSignInLink", "#settingsLink");
    private static final List<String> LOGIN_LINKS = List.of("#resetPasswordLink", "#enterResetCodeLink",
            "#newRegistrationLink", "#staffSignInLink", "#settingsLink");
    @TempDir static Path home;
    private LicenseDesk app;
    private MainWindow window;
    private final SmallWindow small = new SmallWindow();

    private void open(FxRobot robot, String language) {
        app = DeskScreens.openDesk(home, Fixtures.CLOCK, Map.of("licensedesk.locale", language));
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子", "Admin9Harbor");
        app.operators.add(Actor.operator("desk.admin", Role.ADMIN), "desk.clerk", "鈴木 一郎", Role.CLERK,
                "Clerk1Pass");
        window = small.open(robot, app);
    }

    @AfterEach
    void close(FxRobot robot) {
        small.close(robot);
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyLinkOfTheStartAndLoginScreensIsShownWholeAt1024x768(String language, FxRobot robot) throws Exception {
        open(robot, language);
        assertShownWhole(robot, START_LINKS);
        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        assertShownWhole(robot, LOGIN_LINKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theLanguageSwitchNamesTheOtherLanguageInItsOwnWords(String language, FxRobot robot) {
        open(robot, language);
        Labeled languageSwitch = robot.lookup("#languageSwitch").queryLabeled();
        assertThat(languageSwitch.getText()).isEqualTo(language.equals("ja") ? "English" : "日本語");
        assertThat(shown(robot, languageSwitch)).isEqualTo(languageSwitch.getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anOperatorStartingARegistrationIsNotOfferedStaffSignInSettingsOrTheOtherLanguage(String language,
                                                                                         FxRobot robot)
            throws Exception {
        open(robot, language);
        signInStaff(robot, window, "desk.clerk", "Clerk1Pass");
        robot.clickOn("#newRegistrationButton");
        settle(window);
        assertThat(robot.lookup("#keyField").tryQuery()).as("the Start screen").isPresent();
        for (String link : START_LINKS) {
            assertThat(robot.lookup(link).tryQuery().filter(Node::isVisible)).as(link).isEmpty();
        }

        robot.clickOn("#existingCustomerOption").clickOn("#continueButton");
        settle(window);
        assertThat(robot.lookup("#loginIdField").tryQuery()).as("the Login screen").isPresent();
        for (String link : List.of("#staffSignInLink", "#settingsLink")) {
            assertThat(robot.lookup(link).tryQuery().filter(Node::isVisible)).as(link).isEmpty();
        }
        assertThat(robot.lookup("#newRegistrationLink").query().isVisible()).as("back to the Start screen").isTrue();
    }

    private static void assertShownWhole(FxRobot robot, List<String> ids) {
        for (String id : ids) {
            Labeled labeled = robot.lookup(id).queryLabeled();
            assertThat(shown(robot, labeled)).as(id).isEqualTo(labeled.getText());
        }
    }

    /** The text as drawn, which ends in an ellipsis where the control is too narrow for it. */
    private static String shown(FxRobot robot, Labeled labeled) {
        return robot.from(labeled).lookup(".text").queryAs(Text.class).getText();
    }
}
