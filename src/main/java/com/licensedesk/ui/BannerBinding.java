package com.licensedesk.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Shows a {@link Banner} in the screen's {@code message} label, with the style class of its kind. */
public final class BannerBinding {
    private BannerBinding() {
    }

    public static void bind(Label label, Banner banner) {
        label.textProperty().bind(banner.textProperty());
        // The banner's room is kept while it is empty, so that nothing below it moves when it appears or goes.
        label.visibleProperty().bind(banner.kindProperty().isNotEqualTo(Banner.Kind.NONE));
        label.setManaged(true);
        label.setWrapText(true);
        // All its lines, even where the screen is tight: a refusal's second line holds what the clerk typed.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("reserved");
        Listeners.whileShown(label, banner.kindProperty(), (obs, was, kind) -> style(label, kind));
        style(label, banner.kind());
        Listeners.whileShown(label, banner.refusals(), (obs, was, count) -> focusFirstInvalid(label));
    }

    /** After a refused submit: the cursor in the first field in error, in screen order, scrolled into view. */
    private static void focusFirstInvalid(Label banner) {
        if (banner.getScene() == null) {
            return;
        }
        firstInvalid(banner.getScene().getRoot()).ifPresent(field -> {
            field.requestFocus();
            ScrollIntoView.of(field);
        });
    }

    private static Optional<Node> firstInvalid(Node node) {
        if (!node.isVisible()) {
            return Optional.empty();
        }
        if (node.getStyleClass().contains("invalid") && !node.isDisabled()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstInvalid(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void style(Label label, Banner.Kind kind) {
        label.getStyleClass().removeAll("success", "error", "info");
        if (kind != Banner.Kind.NONE) {
            label.getStyleClass().add(kind.name().toLowerCase(Locale.ROOT));
        }
    }
}
