package com.licensedesk.app;

import com.licensedesk.files.OwnerOnly;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the window opens and how large: where the person left it last time (kept in the data directory, which is
 * theirs), maximised if it was; else 1120x820, or the whole screen where that width does not fit (at 1024x768
 * every column of the desk's tables needs the width); never more than 90 % of the screen for a remembered size, and
 * never off every screen. A language switch or a saved setting keeps the window where it is.
 */
final class WindowPlacement {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    static final String FILE = "window.properties";
    private static final double WIDTH = 1120;
    private static final double HEIGHT = 820;
    private static final double SHARE = 0.9;

    private final Path file;

    WindowPlacement(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE);
    }

    /** The scene for the window's content, at the size the window has, had last time, or should have. */
    Scene scene(Parent root, Stage stage) {
        Scene current = stage.getScene();
        if (current != null) {
            return new Scene(root, current.getWidth(), current.getHeight());
        }
        Properties stored = stored();
        Optional<Rectangle2D> saved = saved(stored);
        Rectangle2D screen = saved.flatMap(place -> Screen.getScreensForRectangle(place).stream().findFirst())
                .orElse(Screen.getPrimary()).getVisualBounds();
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, closing -> save(stage));
        if (saved.isEmpty() ? !fits(screen) : Boolean.parseBoolean(stored.getProperty("maximised"))) {
            stage.setMinWidth(Math.min(900, screen.getWidth()));
            stage.setMinHeight(Math.min(640, screen.getHeight()));
            // Placed and sized as well as maximised: without a window manager the request to maximise does nothing.
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setMaximized(true);
            return new Scene(root, screen.getWidth(), screen.getHeight());
        }
        double width = Math.min(saved.map(Rectangle2D::getWidth).orElse(WIDTH), screen.getWidth() * SHARE);
        double height = Math.min(saved.map(Rectangle2D::getHeight).orElse(HEIGHT), screen.getHeight() * SHARE);
        stage.setMinWidth(Math.min(900, width));
        stage.setMinHeight(Math.min(640, height));
        saved.ifPresent(place -> {
            stage.setX(Math.max(screen.getMinX(), Math.min(place.getMinX(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(place.getMinY(), screen.getMaxY() - height)));
        });
        return new Scene(root, width, height);
    }

    /** Whether the usual width fits the screen with room beside it; a short screen only makes the window shorter. */
    static boolean fits(Rectangle2D screen) {
        return WIDTH <= screen.getWidth() * SHARE;
    }

    private Properties stored() {
        Properties place = new Properties();
        if (Files.isRegularFile(file)) {
            try {
                place.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException unreadable) {
                // A damaged file costs only the remembered place; the window opens at its usual size.
                LOG.warn("Could not read {}: {}", file, unreadable.toString());
                return new Properties();
            }
        }
        return place;
    }

    private Optional<Rectangle2D> saved(Properties place) {
        if (place.isEmpty()) {
            return Optional.empty();
        }
        try {
            Rectangle2D rectangle = new Rectangle2D(Double.parseDouble(place.getProperty("x")),
                    Double.parseDouble(place.getProperty("y")), Double.parseDouble(place.getProperty("width")),
                    Double.parseDouble(place.getProperty("height")));
            return rectangle.getWidth() >= 200 && rectangle.getHeight() >= 200
                    && !Screen.getScreensForRectangle(rectangle).isEmpty() ? Optional.of(rectangle) : Optional.empty();
        } catch (RuntimeException unreadable) {
            LOG.warn("Could not read {}: {}", file, unreadable.toString());
            return Optional.empty();
        }
    }

    private void save(Stage stage) {
        if (stage.getScene() == null || Double.isNaN(stage.getX()) || stage.isIconified()) {
            return;
        }
        Properties place = new Properties();
        place.setProperty("x", String.valueOf(Math.round(stage.getX())));
        place.setProperty("y", String.valueOf(Math.round(stage.getY())));
        place.setProperty("width", String.valueOf(Math.round(stage.getScene().getWidth())));
        place.setProperty("height", String.valueOf(Math.round(stage.getScene().getHeight())));
        place.setProperty("maximised", String.valueOf(stage.isMaximized()));
        StringWriter text = new StringWriter();
        try {
            place.store(text, "Where the License Desk window was when it was last closed");
            OwnerOnly.write(file, text.toString());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remember the window's place in {}: {}", file, e.toString());
        }
    }
}
