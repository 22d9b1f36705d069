package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.ui.ModalBackdrop;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do on every screen: fill a field, read a field or a label, wait for background work. */
final class DeskScreens {
    private DeskScreens() {
    }

    /** Fills a field at once (typing key by key is tested where typing itself matters). */
    static void setText(FxRobot robot, String id, String value) {
        robot.interact(() -> {
            robot.lookup(id).queryAs(TextInputControl.class).setText(value);
            layOutNow();
        });
    }

    /**
     * Lays out every window now rather than at the next pulse: text that clears an error line moves the buttons below
     * it, and a click aimed from the old layout would land where the button was.
     */
    private static void layOutNow() {
        for (Window shown : Window.getWindows()) {
            if (shown.getScene() != null) {
                shown.getScene().getRoot().applyCss();
                shown.getScene().getRoot().layout();
            }
        }
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Whether the node of {@code id} is on screen: it and every node above it visible (none when there is none). */
    static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> {
            for (javafx.scene.Node up = node; up != null; up = up.getParent()) {
                if (!up.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false);
    }

    /** The window's one-second timer, ticked by the test instead of waited for: {@code times} seconds pass. */
    static void tick(FxRobot robot, MainWindow window, int times) throws TimeoutException {
        robot.interact(() -> {
            for (int i = 0; i < times; i++) {
                window.keeper().tick();
            }
        });
        settle(window);
    }

    /** The dimming layers over {@code window}'s content: one while a modal dialog is open over it, else none. */
    static int backdrops(Window window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> (int) window.getScene().getRoot().getChildrenUnmodifiable().stream()
                .filter(child -> child.getStyleClass().contains(ModalBackdrop.LAYER_STYLE_CLASS)).count())
                .get(30, TimeUnit.SECONDS);
    }

    /** スタッフログイン from the Start screen with an operator's ID and password. */
    static void signInStaff(FxRobot robot, MainWindow window, String operatorId, String password)
            throws TimeoutException {
        robot.clickOn("#staffSignInLink");
        settle(window);
        setText(robot, "#operatorIdField", operatorId);
        setText(robot, "#operatorPasswordField", password);
        robot.clickOn("#operatorLoginButton");
        settle(window);
    }

    /** A desk of its own in a new folder under {@code home}, with these settings, the cheap hasher and this clock. */
    static LicenseDesk openDesk(Path home, java.time.Clock clock, Map<String, String> settings) {
        Path ownHome = home.resolve(String.valueOf(System.nanoTime()));
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("licensedesk.home", ownHome.toString());
        return LicenseDesk.open(Settings.of(all, Map.of(), ownHome), clock,
                com.licensedesk.testing.Fixtures.CHEAP_HASHER);
    }

    /** Waits until the background work is done and its outcome is on screen: as long as a busy machine takes. */
    static void settle(MainWindow window) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, window::isIdle);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(60_000, DeskScreens::layOutNow);
    }
}
