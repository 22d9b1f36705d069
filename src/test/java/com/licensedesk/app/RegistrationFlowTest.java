package com.licensedesk.app;

import static com.licensedesk.app.DeskScreens.label;
import static com.licensedesk.app.DeskScreens.setText;
import static com.licensedesk.app.DeskScreens.settle;
import static com.licensedesk.app.DeskScreens.showing;
import static com.licensedesk.app.DeskScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The manual's first procedure (Step 2 to Step 5) driven headless by the UI contract's ids, and its error paths. */
@ExtendWith(ApplicationExtension.class)
class RegistrationFlowTest {
    @TempDir static Path home;
    private LicenseDesk app;
    private MainWindow window;
    private final List<String> browsed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = DeskScreens.openDesk(home, Fixtures.CLOCK, Map.of());
        stage.setScene(null); // every test class gets the same stage: open it as a first window
        window = new MainWindow(app, stage, browsed::add, change -> { });
        window.open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNewCustomerRegistersTheActivationCodeThroughTheFiveSteps(FxRobot robot) throws Exception {
        assertThat(screenTitle(robot)).isEqualTo("ユーザ登録");
        assertThat(robot.lookup("#newCustomerOption").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        robot.clickOn("#keyField").write("ld-2f8h kq7mx 9rw3t p4nzc 6vb2j 8yt5d");
        robot.type(KeyCode.ENTER);
        settle(window);

        assertThat(label(robot, "#keyLabel")).isEqualTo("アクティベーションコード: LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D");
        assertThat(label(robot, "#productName")).isEqualTo("Kasumi Cloud Mail Protect");
        assertThat(label(robot, "#packageName")).isEqualTo("Kasumi Cloud Mail Protect ATP for Cloud Mail and Storage");
        assertThat(label(robot, "#seats")).isEqualTo("1");
        assertThat(label(robot, "#expires")).isEqualTo("2028/11/24");
        assertThat(label(robot, "#licenseType")).isEqualTo("製品版");

        robot.clickOn("#continueButton");
        assertThat(label(robot, "#message")).isEqualTo("入力内容を確認してください。1件の項目に誤りがあります。");
        assertThat(label(robot, "#eulaCheckError")).contains("使用許諾契約書に同意してください");

        robot.clickOn("#eulaLink");
        assertThat(robot.lookup("#dialogText").queryAs(TextArea.class).getText()).contains("使用許諾契約書");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#privacyLink");
        assertThat(robot.lookup("#dialogText").queryAs(TextArea.class).getText()).contains("プライバシーポリシー");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#eulaCheck");
        robot.clickOn("#continueButton");
        settle(window);

        fillForm(robot);
        robot.clickOn("#continueButton");
        settle(window);

        assertThat(label(robot, "#message")).isEqualTo("アカウントが作成され、Kasumi Cloud Mail Protectのライセンスが追加されました。");
        assertThat(robot.lookup("#message").query().getStyleClass()).contains("success");
        TableView<?> table = robot.lookup("#productsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#productsTable .product-cell-name").queryAs(Label.class).getText())
                .isEqualTo("Kasumi Cloud Mail Protect");
        assertThat(robot.lookup("#productsTable .product-cell-key").queryAs(Label.class).getText())
                .isEqualTo("LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D");
        assertThat(robot.lookup("#productsTable .status-valid").queryAll()).hasSize(1);
        assertThat(robot.lookup(".legend .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("有効期限内", "間もなく期限切れ", "有効期限切れ");
        assertThat(app.outboxMail.unsent()).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("tanaka@example.co.jp");
            assertThat(mail.subject()).isEqualTo("【Kasumi Cloud Mail Protect】製品登録完了のお知らせ");
        });
        assertThat(window.session().require().loginId()).isEqualTo("Tanaka_01");

        robot.clickOn(".open-console");
        assertThat(browsed).hasSize(1).allMatch(url -> url.startsWith("https://"));
    }

    @Test
    void keyboardOnlyReachesTheFormAndTabFollowsIt(FxRobot robot) throws Exception {
        robot.write(DemoCatalog.ACTIVATION_CODE.toLowerCase()).type(KeyCode.ENTER);
        settle(window);
        assertThat(focusedId(robot)).isEqualTo("eulaCheck");
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        settle(window);

        List<String> order = new ArrayList<>();
        for (int field = 0; field < 22; field++) {
            if (field > 0) {
                robot.type(KeyCode.TAB);
            }
            order.add(focusedId(robot));
        }

        assertThat(order).containsExactly("companyName", "companyNameKana", "branchName", "branchNameKana",
                "postalCode", "prefecture", "address1", "address2", "loginId", "password", "passwordConfirm", "email",
                "contactName", "contactNameKana", "department", "phoneArea", "phoneNumber", "faxArea", "faxNumber",
                "resellerName", "emergencyEmail", "supportDiffers");

        robot.type(KeyCode.ENTER);
        settle(window);
        assertThat(robot.lookup("#supportDiffers").queryAs(CheckBox.class).isSelected())
                .as("Enter on the check box means 続行, not a toggle").isFalse();
        assertThat(label(robot, "#message")).startsWith("入力内容を確認してください。");
    }

    @Test
    void anExpiredKeyIsRefusedAsTheProductCheckOpensWithNoWayOnButBack(FxRobot robot) throws Exception {
        setText(robot, "#keyField", DemoCatalog.EXPIRED_KEY);
        robot.clickOn("#continueButton");
        settle(window);

        assertThat(screenTitle(robot)).isEqualTo("製品情報を確認");
        assertThat(label(robot, "#message")).startsWith("この製品キーは有効期限が切れているため、登録できません")
                .contains("ご購入先にお問い合わせください");
        assertThat(robot.lookup("#message").query().getStyleClass()).contains("error");
        assertThat(showing(robot, "#continueButton")).as("no 続行 for a dead end").isFalse();
        assertThat(showing(robot, "#eulaCheck")).isFalse();

        robot.clickOn("#cancelButton");
        settle(window);
        assertThat(screenTitle(robot)).isEqualTo("ユーザ登録");
        assertThat(text(robot, "#keyField")).isEqualTo(DemoCatalog.EXPIRED_KEY);
    }

    private static String focusedId(FxRobot robot) {
        return robot.lookup(".root").query().getScene().getFocusOwner().getId();
    }

    private void reachTheForm(FxRobot robot, String key) throws TimeoutException {
        setText(robot, "#keyField", key);
        robot.clickOn("#continueButton");
        settle(window);
        robot.clickOn("#eulaCheck");
        robot.clickOn("#continueButton");
        settle(window);
    }

    private void fillForm(FxRobot robot) {
        setText(robot, "#companyName", "サンプル株式会社");
        setText(robot, "#companyNameKana", "さんぷるｶﾌﾞｼｷｶﾞｲｼｬ");
        setText(robot, "#postalCode", "１００ー０００１");
        robot.interact(() -> robot.lookup("#prefecture").queryAs(ComboBox.class).requestFocus());
        robot.write("tok"); // type-ahead on the list: 東京都, not 13 presses of Down
        setText(robot, "#address1", "千代田区千代田1-1");
        setText(robot, "#loginId", "Tanaka_01");
        setText(robot, "#password", "Sakura7Desk");
        setText(robot, "#passwordConfirm", "Sakura7Desk");
        setText(robot, "#email", "tanaka@example.co.jp");
        setText(robot, "#contactName", "田中 一郎");
        setText(robot, "#contactNameKana", "たなか いちろう");
        setText(robot, "#phoneArea", "03");
        setText(robot, "#phoneNumber", "53949600");
        setText(robot, "#resellerName", "サンプル販売株式会社");
        setText(robot, "#emergencyEmail", "emergency@example.co.jp");
    }

    private static String screenTitle(FxRobot robot) {
        return label(robot, ".screen-title");
    }
}
