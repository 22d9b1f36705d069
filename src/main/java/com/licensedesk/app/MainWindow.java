package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.session.Session;
import com.licensedesk.ui.BundledFont;
import com.licensedesk.ui.WheelScrolling;
import com.licensedesk.ui.Browser;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import com.licensedesk.ui.ViewLoader;
import com.licensedesk.ui.WindowDialogs;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.KeptView;
import com.licensedesk.ui.ModalBackdrop;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window: shows the screens the features registered, with the brand bar, and the menu bar while an account is
 * open. It knows no screen by name; {@link ScreenWiring} registers them and {@link SessionKeeper} ends sessions.
 */
public final class MainWindow implements Navigator {
    private final LicenseDesk app;
    private final Stage stage;
    private final FxTasks tasks;
    private final Session session = new Session();
    private final BorderPane shell = new BorderPane();
    private final VBox top = new VBox();
    private final StackPane area = new StackPane();
    private final ScreenRegistry screens;
    private final ViewLoader loader;
    private final SessionKeeper keeper;
    private final ScreenWiring wiring;
    private final WindowChrome chrome;
    private final Dialogs dialogs;
    private final Map<ScreenId, ViewLoader.Loaded<?>> keptViews = new HashMap<>();

    Dialogs dialogs() {
        return dialogs;
    }

    /**
     * {@code restart} starts the application over with a changed configuration: the Start screen's language switch,
     * and the settings screen after saving.
     */
    public MainWindow(LicenseDesk app, Stage stage, Browser browser,
                      Consumer<UnaryOperator<Settings>> restart) {
        this(app, stage, browser, restart, new WindowDialogs(stage, app.messages));
    }

    /** {@code dialogs}: how the screens ask the person (tests answer instead of dialogs no robot can drive). */
    MainWindow(LicenseDesk app, Stage stage, Browser browser, Consumer<UnaryOperator<Settings>> restart,
               Dialogs dialogs) {
        this.app = app;
        this.stage = stage;
        this.dialogs = dialogs;
        this.tasks = new FxTasks(app.background, app.stopping);
        this.wiring = new ScreenWiring(app, session, tasks, this, browser, restart);
        StartTimeline.reached("screens wired");
        this.screens = wiring.screens();
        this.keeper = wiring.keeper();
        this.loader = new ViewLoader(app.messages, type -> screens.byView(type)
                .orElseThrow(() -> new IllegalStateException("No view " + type.getName())).controller().get());
        this.chrome = new WindowChrome(session, app.messages, app.config.vendorName(),
                () -> loader.load(MainMenuView.class, wiring::menu).root(),
                () -> loader.load(DeskMenuView.class, wiring::deskMenu), wiring.status(tasks), wiring::actingBanner,
                wiring::takeActingEnded);
        BundledFont.load();
        shell.setTop(top);
        area.getStyleClass().add("content-area");
        shell.setCenter(area);
        shell.getStyleClass().add("shell");
        Scene scene = new WindowPlacement(app.config.home()).scene(ModalBackdrop.host(shell), stage);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/license-desk.css").toExternalForm());
        for (var type : List.of(KeyEvent.ANY, MouseEvent.ANY, ScrollEvent.ANY)) {
            scene.addEventFilter(type, (InputEvent e) -> keeper.touched());
        }
        WheelScrolling.install(scene);
        stage.setScene(scene);
        stage.setTitle(app.messages.get("app.title") + " - " + app.config.vendorName());
        // At the size a window manager shows (the installers' is 256 pixels), decoded off the FX thread.
        Image icon = new Image(MainWindow.class.getResource("/icons/license-desk-64.png").toExternalForm(), true);
        icon.progressProperty().addListener((obs, was, progress) -> {
            if (progress.doubleValue() >= 1 && !icon.isError()) {
                stage.getIcons().setAll(icon);
            }
        });
        StartTimeline.reached("window dressed");
    }

    /** Shows the Start screen; every second the keeper looks at the idle time. */
    public void open() {
        show(RegistrationScreens.START);
        StartTimeline.reached("Start screen built");
        Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> keeper.tick()),
                new KeyFrame(javafx.util.Duration.seconds(10), e -> chrome.refresh()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        KioskLock lock = new KioskLock(stage, app.messages, dialogs, tasks, app.settingsFile);
        if (app.config.kiosk()) {
            lock.beforeShowing();
        }
        stage.show();
        StartTimeline.reached("window shown");
        wiring.windowShown();
        if (app.config.kiosk()) {
            lock.afterShowing();
        }
    }

    @Override
    public void show(ScreenId id) {
        ScreenRegistry.Definition screen = screens.find(id);
        if (!open(screen)) {
            throw new IllegalStateException(id.name() + " is not open to whoever uses the window now");
        }
        keeper.showing(id);
        Parent content = content(screen);
        // Only what changed is put in: a bar taken out and put back would have its CSS worked out again.
        List<Node> bars = chrome.above(screen.access());
        if (!top.getChildren().equals(bars)) {
            top.getChildren().setAll(bars);
        }
        Node below = chrome.below();
        if (shell.getBottom() != below) {
            shell.setBottom(below);
        }
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        put(content);
    }

    /**
     * Puts the screen's content in the area. A kept view stays there, hidden, while other screens show: taken out
     * and put back, its CSS would be worked out again for every row, and its bindings, which stop hearing a view
     * once it leaves the scene, would stop. Other content goes in first, so that a lookup by id meets what shows
     * before what is hidden.
     */
    private void put(Parent content) {
        List<Node> kept = keptViews.values().stream().<Node>map(ViewLoader.Loaded::root).toList();
        area.getChildren().removeIf(node -> node != content && !kept.contains(node));
        if (!area.getChildren().contains(content)) {
            area.getChildren().add(kept.contains(content) ? area.getChildren().size() : 0, content);
        }
        for (Node node : area.getChildren()) {
            node.setVisible(node == content);
            node.setManaged(node == content);
        }
    }

    /** Whether whoever uses the window now may see the screen. */
    private boolean open(ScreenRegistry.Definition screen) {
        return switch (screen.access()) {
            case ACCOUNT -> session.current().isPresent();
            case STAFF -> session.staff().isPresent();
            case ANYONE -> true;
        };
    }

    /** The screen's content: loaded now, or for a {@link KeptView} loaded once and then shown again. */
    private Parent content(ScreenRegistry.Definition screen) {
        if (!KeptView.class.isAssignableFrom(screen.view())) {
            return loader.root(screen.view(), screen.controller());
        }
        ViewLoader.Loaded<?> kept = keptViews.get(screen.id());
        if (kept == null) {
            kept = loader.loaded(screen.view(), screen.controller());
            keptViews.put(screen.id(), kept);
        } else {
            ((KeptView) kept.view()).shownAgain();
        }
        return kept.root();
    }

    @Override
    public void openDialog(ScreenId id, String titleKey) {
        ScreenRegistry.Definition screen = screens.find(id);
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(app.messages.get(titleKey));
        Parent root = loader.root(screen.view(), screen.controller());
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.setResizable(false);
        ModalBackdrop.whileShowing(dialog.showingProperty(), stage);
        // A dialog opens as tall as what it shows and grows when a reason appears under a field. It does not shrink
        // while open: a reason that goes as the cursor leaves its field would pull the buttons from under a click.
        root.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                Platform.runLater(() -> {
                    if (dialog.isShowing() && root.prefHeight(scene.getWidth()) - scene.getHeight() >= 1) {
                        dialog.sizeToScene();
                    }
                });
            }
        });
        dialog.show();
    }

    /** Closes every dialog over the window, such as パスワードの変更, when its person is gone. */
    void closeDialogs() {
        for (Window open : List.copyOf(Window.getWindows())) {
            if (open != stage) {
                open.hide();
            }
        }
    }


    /** For tests: true when no background work is running or waiting to report. */
    boolean isIdle() {
        return tasks.isIdle();
    }

    Session session() {
        return session;
    }

    SessionKeeper keeper() {
        return keeper;
    }
}
