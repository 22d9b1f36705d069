package com.licensedesk.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse wheel moves a form three lines' worth a notch: JavaFX's own step crawls through a long form. Lists,
 * tables and text areas under the pointer scroll themselves, as before.
 */
public final class WheelScrolling {
    private static final double FACTOR = 3;

    private WheelScrolling() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() == 0 || !(event.getTarget() instanceof Node target)) {
                return;
            }
            for (Node node = target; node != null; node = node.getParent()) {
                if (node instanceof ListView || node instanceof TableView || node instanceof TextArea
                        || node instanceof ComboBox) {
                    return;
                }
                if (node instanceof ScrollPane scroller && scroller.getStyleClass().contains("form-scroller")
                        && scroller.getContent() != null) {
                    double scrollable = scroller.getContent().getLayoutBounds().getHeight()
                            - scroller.getViewportBounds().getHeight();
                    if (scrollable > 0) {
                        double moved = -event.getDeltaY() * FACTOR / scrollable;
                        scroller.setVvalue(Math.max(0, Math.min(1, scroller.getVvalue() + moved)));
                        event.consume();
                    }
                    return;
                }
            }
        });
    }
}
