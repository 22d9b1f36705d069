package com.licensedesk.app;

import com.licensedesk.ui.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The machine's web browser, through JavaFX's host services. On Linux those hand the address to {@code xdg-open}
 * and say nothing when it is missing (a kiosk without a desktop): then there is no browser, and the screen says so.
 */
final class SystemBrowser implements Browser {
    private final Consumer<String> showDocument;
    private final boolean available;

    SystemBrowser(Consumer<String> showDocument) {
        this.showDocument = showDocument;
        this.available = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || onPath("xdg-open");
    }

    @Override
    public boolean open(String url) {
        if (!available) {
            return false;
        }
        showDocument.accept(url);
        return true;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
