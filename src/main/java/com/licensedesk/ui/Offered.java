package com.licensedesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A control offered only while a condition holds (a change a read-only operator may not make, a desk's own action):
 * otherwise hidden, out of the layout, and disabled, so that neither a click nor Enter on a default button reaches it.
 */
public final class Offered {
    private Offered() {
    }

    public static void when(Node control, ObservableBooleanValue offered) {
        control.visibleProperty().bind(offered);
        control.managedProperty().bind(offered);
        control.disableProperty().bind(Bindings.not(offered));
    }

    /** As {@link #when(Node, ObservableBooleanValue)}, and disabled too while {@code busy}. */
    public static void when(Node control, ObservableBooleanValue offered, ObservableBooleanValue busy) {
        control.visibleProperty().bind(offered);
        control.managedProperty().bind(offered);
        control.disableProperty().bind(Bindings.or(busy, Bindings.not(offered)));
    }
}
