package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.backdrops;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import com.licensedesk.ui.BundledFont;
import com.licensedesk.ui.WindowDialogs;
import com.licensedesk.ui.Dialogs.SameCompanyAnswer;
import com.licensedesk.ui.Dialogs.SameCompanyCandidate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The window's own dialogs: modal over the window, in the screen's words, no unless the person says yes. */
@ExtendWith(ApplicationExtension.class)
class WindowDialogsTest {
    private Stage stage;
    private WindowDialogs dialogs;

    /** A window of its own: the shared primary stage keeps the size the flow tests that run after this one need. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 640, 480));
        stage.show();
        dialogs = new WindowDialogs(stage, Fixtures.JAPANESE);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aConfirmationIsModalOverTheWindowAndYesOnlyWhenThePersonSaysSo(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> cancelled = ask();
        Stage dialog = dialogOver(robot);
        assertThat(dialog.getModality()).isEqualTo(Modality.APPLICATION_MODAL);
        assertThat(dialog.getTitle()).isEqualTo("無効にする");
        press(robot, dialog, "キャンセル");
        assertThat(cancelled.get(30, TimeUnit.SECONDS)).isFalse();

        CompletableFuture<Boolean> confirmed = ask();
        press(robot, dialogOver(robot), "はい");
        assertThat(confirmed.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theWindowIsDimmedUnderEachDialogUntilTheLastIsClosed(FxRobot robot) throws Exception {
        assertThat(backdrops(stage)).isZero();
        CompletableFuture<Boolean> first = ask();
        Stage dialog = dialogOver(robot);
        assertThat(backdrops(stage)).as("dimmed while the question is open").isEqualTo(1);
        CompletableFuture<Void> textClosed = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialogs.showText("使用許諾契約書", "第1条 本契約は…");
            textClosed.complete(null);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .filter(window -> window != stage && window.isShowing()).count() == 2);
        assertThat(backdrops(stage)).as("one layer under two dialogs").isEqualTo(1);
        Stage text = robot.listWindows().stream().filter(window -> window != stage && window != dialog
                && window.isShowing()).map(Stage.class::cast).findFirst().orElseThrow();
        press(robot, text, "閉じる");
        textClosed.get(30, TimeUnit.SECONDS);
        assertThat(backdrops(stage)).as("still dimmed under the question").isEqualTo(1);
        press(robot, dialog, "キャンセル");
        assertThat(first.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(backdrops(stage)).as("the window as it was once the last dialog is closed").isZero();
    }

    @Test
    void aLongTextIsShownReadOnlyUntilClosed(FxRobot robot) throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialogs.showText("使用許諾契約書", "第1条 本契約は…");
            closed.complete(null);
        });
        Stage dialog = dialogOver(robot);
        TextArea text = robot.from(dialog.getScene().getRoot()).lookup("#dialogText").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo("第1条 本契約は…");
        assertThat(text.isEditable()).isFalse();
        press(robot, dialog, "閉じる");
        closed.get(30, TimeUnit.SECONDS);
    }

    @Test
    void anAuditEntryOfAFewLinesIsShownWholeWithoutScrolling(FxRobot robot) throws Exception {
        // Styled as the window is: the bundled font's lines are taller than the default font's.
        robot.interact(() -> {
            BundledFont.load();
            stage.getScene().getStylesheets().add(MainWindow.class.getResource("/css/license-desk.css")
                    .toExternalForm());
        });
        String entry = String.join("\n", "日時: 2026/12/07 21:24:26（日本時間）", "端末: vm",
                "操作した人: システム renewal-reminders", "会社名: 高橋食品株式会社", "ログインID: c2479.4xo2p",
                "操作: 更新のお知らせの送信", "内容:",
                "・お知らせ: 期限の90日前、製品キー: **-****-****-****-C3VN,**-****-****-****-H8WD");
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialogs.showText("監査ログの記録", entry);
            closed.complete(null);
        });
        Stage dialog = dialogOver(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> button(robot, dialog, "閉じる").isPresent());
        TextArea text = robot.from(dialog.getScene().getRoot()).lookup("#dialogText").queryAs(TextArea.class);
        ScrollPane scroller = robot.from(text).lookup(".scroll-pane").queryAs(ScrollPane.class);
        assertThat(scroller.getContent().getLayoutBounds().getHeight()).as("every line in view")
                .isLessThanOrEqualTo(scroller.getViewportBounds().getHeight());
        press(robot, dialog, "閉じる");
        closed.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aOneLineAnswerIsOneLineAndEnterSendsIt(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(dialogs.askLine("別のログインIDで登録", "ログインIDを入力してください。",
                "新しいログインID")));
        Stage dialog = dialogOver(robot);
        TextField field = robot.from(dialog.getScene().getRoot()).lookup("#dialogTextField").queryAs(TextField.class);
        robot.interact(() -> field.setText("aoba.seiki2"));
        robot.clickOn(field).type(KeyCode.ENTER);
        assertThat(answered.get(30, TimeUnit.SECONDS)).contains("aoba.seiki2");
    }

    @Test
    void theSameCompanyIsAnsweredByItsThreeButtons(FxRobot robot) throws Exception {
        SameCompanyCandidate sato = new SameCompanyCandidate("サンプル株式会社", "Sato_01", "佐藤 花子", "03-53949600");
        SameCompanyCandidate suzuki = new SameCompanyCandidate("サンプル株式会社", "Suzuki_01", "鈴木 次郎", "");

        CompletableFuture<SameCompanyAnswer> added = offer(List.of(sato, suzuki));
        Stage dialog = dialogOver(robot);
        assertThat(dialog.getModality()).isEqualTo(Modality.APPLICATION_MODAL);
        assertThat(dialog.getTitle()).isEqualTo("登録済みの会社があります");
        TableView<?> table = robot.from(dialog.getScene().getRoot()).lookup("#duplicateCandidates")
                .queryAs(TableView.class);
        assertThat(List.<Object>copyOf(table.getItems())).containsExactly(sato, suzuki);
        robot.interact(() -> table.getSelectionModel().select(1));
        press(robot, dialog, "この会社に追加");
        assertThat(added.get(30, TimeUnit.SECONDS)).isEqualTo(SameCompanyAnswer.addToExisting(suzuki));

        CompletableFuture<SameCompanyAnswer> anyway = offer(List.of(sato));
        press(robot, dialogOver(robot), "新規に登録する");
        assertThat(anyway.get(30, TimeUnit.SECONDS)).isEqualTo(SameCompanyAnswer.REGISTER_ANYWAY);

        CompletableFuture<SameCompanyAnswer> back = offer(List.of(sato));
        press(robot, dialogOver(robot), "キャンセル");
        assertThat(back.get(30, TimeUnit.SECONDS)).isEqualTo(SameCompanyAnswer.CANCEL);
    }

    @Test
    void aTemporaryPasswordIsShownModalOverTheWindowWithItsPrintButton(FxRobot robot) throws Exception {
        Platform.runLater(() -> dialogs.showTemporaryPassword("Sato_01", "Kx7pQ2mWr9Tz", Fixtures.NOW));
        Stage dialog = dialogOver(robot);
        assertThat(dialog.getModality()).isEqualTo(Modality.APPLICATION_MODAL);
        assertThat(dialog.getTitle()).isEqualTo("仮パスワードを発行");
        // Looked up in the dialog: the shared stage may still hold another screen's okButton, hidden.
        assertThat(robot.from(dialog.getScene().getRoot()).lookup("#temporaryPasswordLabel").queryAs(Label.class)
                .getText()).isEqualTo("Kx7pQ2mWr9Tz");
        assertThat(robot.from(dialog.getScene().getRoot()).lookup("#printTemporaryPasswordButton").queryButton()
                .getText()).isEqualTo("印刷");
        assertThat(robot.from(dialog.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("ログインID: Sato_01");
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#okButton").queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialog.isShowing());
    }

    private CompletableFuture<SameCompanyAnswer> offer(List<SameCompanyCandidate> candidates) {
        CompletableFuture<SameCompanyAnswer> answer = new CompletableFuture<>();
        Platform.runLater(() -> dialogs.chooseSameCompany(candidates, answer::complete));
        return answer;
    }

    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("無効にする", "このスタッフを無効にしますか？")));
        return answer;
    }

    private Stage dialogOver(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(window -> window != stage && window.isShowing() && owner(window) == stage));
        return (Stage) robot.listWindows().stream()
                .filter(window -> window != stage && window.isShowing() && owner(window) == stage)
                .findFirst().orElseThrow();
    }

    /** Clicks the dialog's button once it is on screen: a dialog is laid out after its window shows. */
    private static void press(FxRobot robot, Stage dialog, String label) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> button(robot, dialog, label).isPresent());
        robot.clickOn(button(robot, dialog, label).orElseThrow());
    }

    private static Optional<Button> button(FxRobot robot, Stage dialog, String label) {
        return robot.from(dialog.getScene().getRoot()).lookup(".button").match(NodeQueryUtils.isVisible())
                .queryAllAs(Button.class).stream().filter(button -> button.getText().equals(label)).findFirst();
    }


    private static Window owner(Window window) {
        return window instanceof Stage shown ? shown.getOwner() : null;
    }
}
