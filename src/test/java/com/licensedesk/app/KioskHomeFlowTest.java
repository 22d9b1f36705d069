package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.signInStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.change.HeldMail;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.directory.DirectoryViewModel;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.sync.SyncViewModel;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import com.licensedesk.testing.MovableClock;
import com.licensedesk.testing.TestDesk;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * キオスク管理 and 同期 over the UI contract's ids: an admin enrols a kiosk and sees its passphrase once; the kiosk
 * joins with the saved file, a customer registers there, and the bundle it writes into the sync folder is imported:
 * the customer is in 顧客一覧 and gets the kiosk's confirmation once, from a real SMTP server's point of view.
 */
@ExtendWith(ApplicationExtension.class)
class KioskHomeFlowTest {
    @TempDir static Path home;
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final TestDesk kiosk = TestDesk.withDemoCatalogue();
    private GreenMail smtp;
    private Path syncFolder;
    private LicenseDesk app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        syncFolder = Files.createDirectories(home.resolve("sync-" + System.nanoTime()));
        LoopbackSmtp loopback = LoopbackSmtp.started();
        smtp = loopback.server();
        app = DeskScreens.openDesk(home, clock, Map.of("licensedesk.sync.folder", syncFolder.toString(),
                "licensedesk.smtp.host", "127.0.0.1", "licensedesk.smtp.port", String.valueOf(loopback.port()),
                "licensedesk.mail.from", "License Desk <no-reply@example.test>"));
        app.operators.createFirstAdmin(app.setupCode.current().orElseThrow(), "desk.admin", "佐藤 花子",
                "Admin9Harbor");
        kiosk.open(Files.createDirectories(home.resolve("kiosk-" + System.nanoTime())));
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, url -> true, change -> { }, dialogs);
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
        kiosk.close();
        smtp.stop();
    }

    @Test
    void anEnrolledKiosksBundleIsImportedFromTheSyncFolder(FxRobot robot) throws Exception {
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("窓口").clickOn("#kiosksMenuItem");
        settle(window);
        robot.clickOn("#enrolKioskButton");
        settle(window);
        Path enrolment = home.resolve("shinjuku-1-" + System.nanoTime() + ".ldenrol");
        dialogs.choosing(enrolment);
        setText(robot, "#kioskNameField", "shinjuku-1");
        robot.clickOn("#saveEnrolmentButton");
        settle(window);
        String passphrase = label(robot, "#kioskPassphraseLabel");
        assertThat(passphrase).isNotBlank();
        assertThat(robot.lookup("#kioskPassphraseLabel").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#closeButton");
        settle(window);
        TableView<?> kiosks = robot.lookup("#kioskTable").queryAs(TableView.class);
        assertThat(kiosks.getItems()).hasSize(1);

        kiosk.services().joinHome.join(Actor.system("cli"), Files.readAllBytes(enrolment), passphrase);
        kiosk.registeredCustomer();
        HeldMail confirmation = Commands.json().readMails(kiosk.store().journalEntries().get(0).mails()
                .orElseThrow()).get(0);
        Path bundle = kiosk.services().kioskSync.export(syncFolder).orElseThrow();

        robot.clickOn("窓口").clickOn("#syncMenuItem");
        settle(window);
        assertThat(label(robot, "#syncFolderLabel")).isEqualTo("同期フォルダ: " + syncFolder);
        robot.clickOn("#importBundlesButton");
        settle(window);
        TableView<?> report = robot.lookup("#syncReportTable").queryAs(TableView.class);
        assertThat(report.getColumns()).extracting(column -> column.getText())
                .containsExactly("ファイル", "キオスク", "反映", "確認待ち", "拒否", "理由");
        assertThat(report.getItems()).singleElement().isEqualTo(new SyncViewModel.Row(
                bundle.getFileName().toString(), "shinjuku-1", 1, 0, false, ""));
        assertThat(label(robot, "#message")).isEqualTo("同期ファイルを1件読み込み、返信を1件、同期フォルダに書き出しました。");
        assertThat(app.kiosks.find("shinjuku-1").orElseThrow().lastReceivedAt()).isPresent();

        robot.clickOn("窓口").clickOn("#customersMenuItem");
        settle(window);
        setText(robot, "#customerSearchField", "tanaka_01");
        settle(window);
        TableView<?> customers = robot.lookup("#customerTable").queryAs(TableView.class);
        assertThat(customers.getItems()).singleElement().isInstanceOfSatisfying(DirectoryViewModel.Row.class,
                row -> {
                    assertThat(row.loginId()).isEqualTo("Tanaka_01");
                    assertThat(row.companyName()).isEqualTo("サンプル株式会社");
                });
        setText(robot, "#customerSearchField", "サンプル株式会社");
        settle(window);
        assertThat(customers.getItems()).hasSize(1);

        // The desk sends on its own round too: however the sending falls, the customer gets the mail once.
        app.mailSender.sendDue();
        assertThat(smtp.waitForIncomingEmail(60_000, 1)).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.outboxMail.unsent().isEmpty());
        app.mailSender.sendDue();
        MimeMessage[] delivered = smtp.getReceivedMessages();
        assertThat(delivered).hasSize(1);
        assertThat(delivered[0].getMessageID()).isEqualTo(confirmation.messageId());
        assertThat(delivered[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("tanaka@example.co.jp");
        assertThat(delivered[0].getSubject()).isEqualTo(confirmation.subject());
    }

    @Test
    void aKeyRegisteredAtTheDeskMeanwhileWaitsIn同期の確認AndIsRejectedThere(FxRobot robot) throws Exception {
        KioskService.Enrolled enrolled = app.kiosks.enrol(Actor.operator("desk.admin", Role.ADMIN), "shibuya-1");
        kiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
        kiosk.registeredCustomer();
        RegistrationRequest sato = Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Sato_02");
        app.registration.register(new RegistrationRequest(sato.key(), sato.agreement(), sato.loginId(),
                sato.password(), new CompanyProfile("佐藤商事株式会社", "サトウショウジカブシキガイシャ", "", "",
                        "530-0001", "大阪府", "大阪市北区梅田1-1", ""), sato.user(), sato.purchaseSource(),
                sato.emergencyEmail(), sato.differentSupportContact(), sato.language()));
        kiosk.services().kioskSync.export(syncFolder).orElseThrow();
        signInStaff(robot, window, "desk.admin", "Admin9Harbor");
        robot.clickOn("窓口").clickOn("#syncMenuItem");
        settle(window);
        robot.clickOn("#importBundlesButton");
        settle(window);

        robot.clickOn("窓口").clickOn("#syncReviewMenuItem");
        settle(window);
        TableView<?> waiting = robot.lookup("#syncConflictTable").queryAs(TableView.class);
        assertThat(waiting.getItems()).hasSize(1);
        robot.interact(() -> waiting.getSelectionModel().select(0));
        settle(window);
        assertThat(label(robot, "#conflictKioskSide")).contains("Tanaka_01");
        assertThat(label(robot, "#conflictHomeSide")).contains("Sato_02");
        // Below the two sides: a person scrolls down to it.
        robot.interact(() -> robot.lookup("#rejectEntryButton").queryButton().fire());
        settle(window);
        assertThat(waiting.getItems()).as("a rejection needs its reason").hasSize(1);
        setText(robot, "#rejectReasonField", "この製品キーは別のお客様のものです");
        robot.interact(() -> robot.lookup("#rejectEntryButton").queryButton().fire());
        settle(window);

        assertThat(waiting.getItems()).isEmpty();
        assertThat(label(robot, "#message")).isEqualTo("キオスク shibuya-1 の記録 1 を却下しました。");
    }
}
