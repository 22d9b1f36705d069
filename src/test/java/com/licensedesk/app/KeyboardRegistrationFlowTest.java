package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The clerk's registration with the keyboard alone, in the window a 1024x768 screen gives (921x691): hiragana
 * furigana, a postal code that fills the address, 「おお」 on the prefecture list, and no refusal on the way.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardRegistrationFlowTest {
    private static final int WIDTH = 921;
    private static final int HEIGHT = 691;
    @TempDir static Path home;
    private LicenseDesk app;
    private MainWindow window;
    private Stage stage;
    private final List<String> browsed = new ArrayList<>();
    /** Stands still while the robot types: a word typed on a list ends when the test moves it on. */
    private final MovableClock clock = new MovableClock(Fixtures.NOW);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = DeskScreens.openDesk(home, clock, Map.of());
        // Where a 1024x768 screen puts the window: 90 % of it, remembered as the person left it.
        Files.writeString(app.config.home().resolve(WindowPlacement.FILE), "x=51\ny=38\nwidth=" + WIDTH
                + "\nheight=" + HEIGHT + "\n");
        stage.setScene(null); // TestFX hands every test class the same stage: this one opens as a first window does
        window = new MainWindow(app, stage, browsed::add, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aClerkRegistersACustomerWithTheKeyboardAloneAt1024x768(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getWidth()).isEqualTo(WIDTH);
        assertThat(focusedId(robot)).isEqualTo("keyField");
        robot.write(DemoCatalog.REGISTRATION_KEY.toLowerCase()).type(KeyCode.ENTER);
        settle(window);

        tabTo(robot, "eulaCheck");
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        settle(window);

        assertThat(focusedId(robot)).isEqualTo("companyName");
        robot.write("大阪物産株式会社");
        typeInto(robot, "companyNameKana", "おおさかぶっさんかぶしきがいしゃ");
        typeInto(robot, "postalCode", "5300001");
        tabTo(robot, "prefecture");
        assertThat(robot.lookup("#prefecture").queryAs(ComboBox.class).getValue()).as("from the postal code")
                .isEqualTo("大阪府");
        robot.type(KeyCode.F4); // the list open: typing on it finds a choice too
        assertThat(robot.lookup("#prefecture").queryAs(ComboBox.class).isShowing()).isTrue();
        robot.write("とう");
        assertThat(robot.lookup("#prefecture").queryAs(ComboBox.class).getValue()).isEqualTo("東京都");
        assertThat(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                "東京都".equals(cell.getText()) && cell.isVisible()).tryQuery()).as("scrolled into view").isPresent();
        robot.type(KeyCode.F4);
        assertThat(robot.lookup("#prefecture").queryAs(ComboBox.class).isShowing()).isFalse();
        clock.advance(Duration.ofMillis(1100)); // a pause ends one typed word on the list
        robot.write("おお");
        assertThat(robot.lookup("#prefecture").queryAs(ComboBox.class).getValue()).isEqualTo("大阪府");
        tabTo(robot, "address1");
        assertThat(text(robot, "#address1")).isEqualTo("大阪市北区梅田");
        robot.type(KeyCode.END).write("1-1-1");
        typeInto(robot, "loginId", "osaka_bussan");
        typeInto(robot, "password", "Umeda7Desk");
        typeInto(robot, "passwordConfirm", "Umeda7Desk");
        typeInto(robot, "email", "tanaka@osaka-bussan.example.jp");
        typeInto(robot, "contactName", "田中 一郎");
        typeInto(robot, "contactNameKana", "たなか いちろう");
        typeInto(robot, "phoneArea", "06");
        typeInto(robot, "phoneNumber", "63450001");
        typeInto(robot, "resellerName", "サンプル販売株式会社");
        typeInto(robot, "emergencyEmail", "emergency@osaka-bussan.example.jp");
        assertThat(inView(robot, "#continueButton")).as("続行 is reachable without scrolling back").isTrue();
        assertThat(text(robot, "#companyNameKana")).isEqualTo("オオサカブッサンカブシキガイシャ");

        robot.type(KeyCode.ENTER);
        settle(window);

        assertThat(robot.lookup("#productsTable").tryQuery()).as(label(robot, "#message")).isPresent();
        assertThat(inView(robot, "#addKeyButton")).isTrue();
    }

    /** Tab, and only Tab, until the cursor is in the field; then the text typed key by key. */
    private static void typeInto(FxRobot robot, String id, String typed) {
        tabTo(robot, id);
        robot.write(typed);
    }

    private static void tabTo(FxRobot robot, String id) {
        for (int presses = 0; presses < 12 && !id.equals(focusedId(robot)); presses++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId(robot)).isEqualTo(id);
    }

    private static String focusedId(FxRobot robot) {
        Node owner = robot.lookup(".root").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static boolean inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        Bounds inScene = node.localToScene(node.getBoundsInLocal());
        return node.isVisible() && inScene.getMinY() >= 0 && inScene.getMaxY() <= HEIGHT && inScene.getMaxX() <= WIDTH;
    }
}
