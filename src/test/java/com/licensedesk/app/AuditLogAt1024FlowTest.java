package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** 監査ログ in the smallest window the desk supports (1024x768): 日時 and 操作 are read whole in either language. */
@ExtendWith(ApplicationExtension.class)
class AuditLogAt1024FlowTest {
    @TempDir static Path home;
    private LicenseDesk app;
    private MainWindow window;
    private Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theMomentAndTheActionOfAnEntryAreShownWhole(String language, FxRobot robot) throws Exception {
        app = DeskScreens.openDesk(home, Fixtures.CLOCK, Map.of("licensedesk.locale", language));
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子", "Admin9Harbor");
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1024, 768));
            window = new MainWindow(app, stage, url -> true, change -> { });
            window.open();
        });
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("#deskMenu").clickOn("#auditMenuItem");
        settle(window);

        for (String column : List.of("whenColumn", "actionColumn")) {
            List<TableCell<?, ?>> cells = robot.lookup("#auditTable .table-cell").<TableCell<?, ?>>queryAll().stream()
                    .filter(cell -> cell.getTableColumn() != null && column.equals(cell.getTableColumn().getId())
                            && !cell.isEmpty() && cell.getText() != null)
                    .toList();
            assertThat(cells).as(column).isNotEmpty();
            for (TableCell<?, ?> cell : cells) {
                assertThat(robot.from(cell).lookup(".text").queryAs(Text.class).getText()).as(column)
                        .isEqualTo(cell.getText());
            }
        }
    }
}
