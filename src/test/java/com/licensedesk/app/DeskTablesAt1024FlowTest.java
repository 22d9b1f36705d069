package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The desk's tables in the smallest window it supports (1024x768), in either language: 監査ログ's 日時 and 操作, and
 * 期限管理's key, phone, seats and dates, are read whole.
 */
@ExtendWith(ApplicationExtension.class)
class DeskTablesAt1024FlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    @TempDir Path home;
    private LicenseDesk app;
    private MainWindow window;
    private final SmallWindow small = new SmallWindow();

    @AfterEach
    void close(FxRobot robot) {
        small.close(robot);
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theMomentAndTheActionOfAnAuditEntryAreShownWhole(String language, FxRobot robot) throws Exception {
        app = DeskScreens.openDesk(home, Fixtures.CLOCK, Map.of("licensedesk.locale", language));
        openAt1024(robot);
        robot.clickOn("#deskMenu").clickOn("#auditMenuItem");
        settle(window);

        assertWhole(robot, "#auditTable", List.of("whenColumn"));

        // Every action there is, not only those the log holds now, is read whole: a long one wraps within 操作.
        List<TableCell<?, ?>> actions = robot.lookup("#auditTable .table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(each -> each.getTableColumn() != null && "actionColumn".equals(each.getTableColumn().getId())
                        && !each.isEmpty() && each.getGraphic() instanceof Text).toList();
        assertThat(actions).isNotEmpty();
        TableCell<?, ?> cell = actions.get(0);
        Text shown = (Text) cell.getGraphic();
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        Messages messages = new Messages(Locale.forLanguageTag(language), "License Desk");
        List<String> cut = new ArrayList<>();
        for (AuditAction action : AuditAction.values()) {
            Text label = new Text(messages.get(action.labelKey()));
            label.setFont(shown.getFont());
            label.setWrappingWidth(shown.getWrappingWidth());
            if (label.getLayoutBounds().getWidth() > room) {
                cut.add(label.getText());
            }
        }
        assertThat(cut).as("actions wider than 操作, wrapped as its cells wrap").isEmpty();
        for (TableCell<?, ?> each : actions) {
            assertThat(each.getHeight()).as(((Text) each.getGraphic()).getText())
                    .isGreaterThanOrEqualTo(each.getGraphic().getLayoutBounds().getHeight());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theKeyPhoneSeatsAndDatesOfAnExpiringLicenceAreShownWhole(String language, FxRobot robot) throws Exception {
        app = DeskScreens.openDesk(home, Fixtures.CLOCK, Map.of("licensedesk.locale", language));
        GeneratedCustomers generated = new GeneratedCustomers(7, TODAY);
        List<CatalogEntry> soon = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            CatalogEntry entry = generated.entry(i, 0);
            soon.add(new CatalogEntry(entry.key(), entry.product(), entry.packageName(), 48, TODAY.plusDays(3 + i),
                    entry.licenseType(), entry.consoleUrl()));
        }
        app.catalog.save(soon);
        for (int i = 0; i < soon.size(); i++) {
            app.registration.register(generated.customer(i, Fixtures.NOW));
        }
        assertThat(app.reminders.send(Actor.system("renewal-reminders")).licences()).isEqualTo(soon.size());
        openAt1024(robot);
        robot.clickOn("#deskMenu").clickOn("#expiryMenuItem");
        settle(window);

        assertWhole(robot, "#expiryTable",
                List.of("keyColumn", "phoneColumn", "seatsColumn", "expiresColumn", "reminderColumn"));
    }

    /** The window on {@link #app} at 1024x768, an admin signed in. */
    private void openAt1024(FxRobot robot) throws Exception {
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子", "Admin9Harbor");
        window = small.open(robot, app);
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
    }

    /** Every filled cell of the columns shows its whole text, not an ellipsis. */
    private static void assertWhole(FxRobot robot, String table, List<String> columns) {
        for (String column : columns) {
            List<TableCell<?, ?>> cells = robot.lookup(table + " .table-cell").<TableCell<?, ?>>queryAll().stream()
                    .filter(cell -> cell.getTableColumn() != null && column.equals(cell.getTableColumn().getId())
                            && !cell.isEmpty() && cell.getText() != null && !cell.getText().isEmpty())
                    .toList();
            assertThat(cells).as(column).isNotEmpty();
            for (TableCell<?, ?> cell : cells) {
                assertThat(robot.from(cell).lookup(".text").queryAs(Text.class).getText()).as(column)
                        .isEqualTo(cell.getText());
            }
        }
    }
}
