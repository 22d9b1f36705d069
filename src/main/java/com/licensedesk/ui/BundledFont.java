package com.licensedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * BIZ UDPGothic (SIL OFL, {@code fonts/OFL.txt}) in its regular and bold weights, shipped with the application so that
 * every screen and every receipt looks the same whatever fonts the machine has, with real bold in Japanese. The
 * stylesheet names it for the whole window.
 */
public final class BundledFont {
    public static final String REGULAR = "/fonts/BIZUDPGothic-Regular.ttf";
    public static final String BOLD = "/fonts/BIZUDPGothic-Bold.ttf";
    private static boolean loaded;

    private BundledFont() {
    }

    /**
     * Makes both weights known to JavaFX, once; before the first scene is styled. The application starts it on a
     * thread of its own while it builds its services (a fifth of a second: the files are copied out of the jar);
     * whoever calls it meanwhile waits until both are loaded.
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String weight : new String[] {REGULAR, BOLD}) {
            try (InputStream in = BundledFont.class.getResourceAsStream(weight)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("The bundled font " + weight + " could not be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled font " + weight, e);
            }
        }
        loaded = true;
    }
}
