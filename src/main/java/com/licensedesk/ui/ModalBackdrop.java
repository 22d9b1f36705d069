package com.licensedesk.ui;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The window under a modal dialog, dimmed while the dialog is open, so that the form around the dialog no longer
 * looks as if it could be used. The dimming is a layer in the window's own scene, over its content: the window's root
 * is a {@link #host}. A window with another root (none of the application's) shows its dialogs undimmed.
 */
public final class ModalBackdrop {
    /** The style class of the dimming layer; the stylesheet gives its colour. */
    public static final String LAYER_STYLE_CLASS = "modal-backdrop";
    private static final String OPEN_DIALOGS = ModalBackdrop.class.getName() + ".open";

    private ModalBackdrop() {
    }

    /** The root for a window whose dialogs dim it: {@code content}, with room above it for the layer. */
    public static StackPane host(Parent content) {
        return new StackPane(content);
    }

    /**
     * Dims {@code owner} while {@code showing} (a dialog's or a modal window's showing property) is true. A dialog over
     * a dialog keeps the one layer until the last is closed; the layer goes from the content it was put over, even if
     * the window has shown other content since.
     */
    public static void whileShowing(ObservableBooleanValue showing, Window owner) {
        StackPane[] dimmed = new StackPane[1];
        showing.addListener((obs, was, now) -> {
            if (now) {
                dimmed[0] = hostOf(owner);
                if (dimmed[0] != null) {
                    dim(dimmed[0]);
                }
            } else if (dimmed[0] != null) {
                lift(dimmed[0]);
                dimmed[0] = null;
            }
        });
    }

    /** Dims {@code owner} while {@code dialog} runs: for the system's file dialogs, which say nothing of showing. */
    public static <T> T during(Window owner, Supplier<T> dialog) {
        StackPane host = hostOf(owner);
        if (host == null) {
            return dialog.get();
        }
        dim(host);
        try {
            return dialog.get();
        } finally {
            lift(host);
        }
    }

    private static StackPane hostOf(Window owner) {
        if (owner == null || owner.getScene() == null) {
            return null;
        }
        return owner.getScene().getRoot() instanceof StackPane host ? host : null;
    }

    private static void dim(StackPane host) {
        int open = (int) host.getProperties().getOrDefault(OPEN_DIALOGS, 0);
        host.getProperties().put(OPEN_DIALOGS, open + 1);
        if (open == 0) {
            Region layer = new Region();
            layer.getStyleClass().add(LAYER_STYLE_CLASS);
            host.getChildren().add(layer);
        }
    }

    private static void lift(StackPane host) {
        int open = (int) host.getProperties().getOrDefault(OPEN_DIALOGS, 1) - 1;
        host.getProperties().put(OPEN_DIALOGS, open);
        if (open == 0) {
            host.getChildren().removeIf(child -> child.getStyleClass().contains(LAYER_STYLE_CLASS));
        }
    }
}
