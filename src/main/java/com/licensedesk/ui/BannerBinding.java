package com.licensedesk.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Shows a {@link Banner} in the screen's {@code message} label, with the style class of its kind. */
public final class BannerBinding {
    private BannerBinding() {
    }

    public static void bind(Label label, Banner banner) {
        label.textProperty().bind(banner.textProperty());
        label.visibleProperty().bind(banner.kindProperty().isNotEqualTo(Banner.Kind.NONE));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        // All its lines, even where the screen is tight: a refusal's second line holds what the clerk typed.
        label.setMinHeight(Region.USE_PREF_SIZE);
        Listeners.whileShown(label, banner.kindProperty(), (obs, was, kind) -> style(label, kind));
        style(label, banner.kind());
    }

    private static void style(Label label, Banner.Kind kind) {
        label.getStyleClass().removeAll("success", "error", "info");
        if (kind != Banner.Kind.NONE) {
            label.getStyleClass().add(kind.name().toLowerCase(Locale.ROOT));
        }
    }
}
