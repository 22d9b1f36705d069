package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MisbehavingSmtp;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 送信メール: a mail the server refused for good shows the server's answer, and is sent again once it is fixed. */
@ExtendWith(ApplicationExtension.class)
class OutboxMonitorFlowTest {
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private MisbehavingSmtp server;
    private LicenseDesk app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        server = new MisbehavingSmtp(MisbehavingSmtp.Behaviour.NO_SUCH_USER_550);
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", ownHome.toString(),
                "licensedesk.smtp.host", "127.0.0.1", "licensedesk.smtp.port", String.valueOf(server.port())),
                Map.of(), ownHome), clock, Fixtures.CHEAP_HASHER);
        app.registration.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));
        app.mailSender.sendDue();
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子", "Admin9Harbor");
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { });
        window.open();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        server.close();
    }

    @Test
    void aRefusedMailShowsTheServersAnswerAndIsResent(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("窓口").clickOn("送信メール");
        settle(window);
        robot.clickOn("送信失敗");
        settle(window);
        assertThat(text(robot, "#outboxMailBody")).startsWith("サーバーの応答: ").contains("550 5.1.1 no such user");

        server.behave(MisbehavingSmtp.Behaviour.ACCEPT);
        robot.clickOn("#outboxResendButton");
        settle(window);
        assertThat(label(robot, "#message")).startsWith("tanaka@example.co.jp 宛の「").endsWith("」を再送します。");
        assertThat(app.mailSender.sendDue()).isEqualTo(1);
        assertThat(server.accepted()).isEqualTo(1);

        robot.clickOn("#outboxRefreshButton");
        settle(window);
        TableView<?> table = robot.lookup("#outboxTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("送信済み");
        settle(window);
        assertThat(text(robot, "#outboxMailBody")).as("sent: no answer to show, only the mail")
                .isNotEmpty().doesNotStartWith("サーバーの応答");
    }
}
