package com.licensedesk.licences;

import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;

/**
 * The status icons of the manual's legend (✓ 有効期限内, ! 間もなく期限切れ, ✕ 有効期限切れ), drawn as shapes so they do not
 * depend on what the installed fonts hold. The style class is the status's, as the UI contract names it.
 */
final class StatusIcon {
    private static final String CHECK = "M-4.5,0.5 L-1.5,3.5 L4.5,-3";
    private static final String MARK = "M0,-4.5 L0,1 M0,3 L0,4.5";
    private static final String CROSS = "M-3.5,-3.5 L3.5,3.5 M3.5,-3.5 L-3.5,3.5";

    private StatusIcon() {
    }

    static StackPane of(LicenceStatus status) {
        Circle disc = new Circle(9);
        disc.getStyleClass().add("status-disc");
        SVGPath sign = new SVGPath();
        sign.setContent(switch (status) {
            case VALID -> CHECK;
            case EXPIRING -> MARK;
            case EXPIRED -> CROSS;
        });
        sign.getStyleClass().add("status-sign");
        StackPane icon = new StackPane(disc, sign);
        icon.getStyleClass().addAll("status-icon", status.styleClass());
        icon.setMinSize(20, 20);
        icon.setMaxSize(20, 20);
        return icon;
    }
}
