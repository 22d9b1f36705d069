package com.licensedesk.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar above every screen: the vendor's name and the portal's. */
final class BrandBar {
    private BrandBar() {
    }

    static Parent of(String vendorName, String portalName) {
        Label vendor = new Label(vendorName);
        vendor.getStyleClass().add("brand-vendor");
        Label portal = new Label(portalName);
        portal.getStyleClass().add("brand-portal");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, vendor, portal, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("brand-bar");
        return bar;
    }
}
