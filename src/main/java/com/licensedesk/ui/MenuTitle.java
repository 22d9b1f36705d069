package com.licensedesk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;

/**
 * A menu title as the portal draws it: the text with ▾ after it, and the user menu with a person before it. The
 * menu's text stays its own (the login ID on the user menu); the title shows it through the graphic.
 */
public final class MenuTitle {
    private static final String PERSON = "M8 8a3.2 3.2 0 1 0 0-6.4A3.2 3.2 0 0 0 8 8zm0 1.6c-2.9 0-6 1.4-6 3.6V15h12v-1.8"
            + "c0-2.2-3.1-3.6-6-3.6z";

    private MenuTitle() {
    }

    public static void withArrow(Menu menu) {
        decorate(menu, null);
    }

    /** The user's menu: a person, the login ID or name, and ▾. */
    public static void forPerson(Menu menu) {
        SVGPath person = new SVGPath();
        person.setContent(PERSON);
        person.getStyleClass().add("menu-person");
        decorate(menu, person);
    }

    private static void decorate(Menu menu, Node icon) {
        Label title = new Label();
        title.textProperty().bind(menu.textProperty());
        title.getStyleClass().add("menu-title");
        Label arrow = new Label("▾");
        arrow.getStyleClass().add("menu-arrow");
        HBox graphic = icon == null ? new HBox(4, title, arrow) : new HBox(5, icon, title, arrow);
        graphic.setAlignment(Pos.CENTER_LEFT);
        menu.setGraphic(graphic);
        // The menu bar's button takes the menu's inline style (not its style classes): it draws the graphic alone.
        menu.setStyle("-fx-content-display: graphic-only;");
    }
}
