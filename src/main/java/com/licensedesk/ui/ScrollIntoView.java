package com.licensedesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls the nearest scroll pane around a node so that the node is in view, with a little room above it. */
public final class ScrollIntoView {
    private static final double ROOM_ABOVE = 40;

    private ScrollIntoView() {
    }

    public static void of(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroller && scroller.getContent() != null) {
                Node content = scroller.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = scroller.getViewportBounds().getHeight();
                double scrollable = content.getLayoutBounds().getHeight() - viewport;
                double top = scrollable * scroller.getVvalue();
                if (scrollable > 0 && (inContent.getMinY() < top || inContent.getMaxY() > top + viewport)) {
                    scroller.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - ROOM_ABOVE) / scrollable)));
                }
                return;
            }
        }
    }
}
