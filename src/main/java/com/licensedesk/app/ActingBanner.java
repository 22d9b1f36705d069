package com.licensedesk.app;

import com.licensedesk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Above a customer's screens while an operator acts for them: whose data this is, and 操作を終了; and once acting
 * ended, a word above the next screen.
 */
final class ActingBanner {
    private ActingBanner() {
    }

    /** {@code companyName}: followed, so that a company renamed meanwhile is named as it is now. */
    static Parent of(Messages messages, ObservableStringValue companyName, String loginId, Runnable end) {
        Label who = new Label();
        who.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("acting.banner", companyName.get(), loginId), companyName));
        who.setId("actingForBanner");
        who.getStyleClass().add("acting-text");
        Button endButton = new Button(messages.get("acting.end"));
        endButton.setId("endActingButton");
        endButton.setOnAction(e -> end.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, who, spacer, endButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("acting-banner");
        return bar;
    }

    /** Above the first screen after acting ended: whose account was closed, so that it never ends unsaid. */
    static Parent ended(Messages messages, String companyName, String loginId) {
        Label word = new Label(messages.get("acting.ended", companyName, loginId));
        word.setId("actingEndedNotice");
        word.setWrapText(true);
        HBox bar = new HBox(word);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("acting-ended");
        return bar;
    }
}
