package com.licensedesk.ui;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * Two-factor sign-in switched on, as a customer's screen and an operator's own account show it: the state, 有効にする
 * while nothing is offered, then the QR code and the key in groups, with the cursor in the code field.
 */
public final class TwoFactorOfferBinding {
    private TwoFactorOfferBinding() {
    }

    /** The screen's parts, bound to its view model's state of the offer. */
    public record Parts(Label status, Button enableButton, VBox setupBox, ImageView qrImage, int qrSize,
                        Label secretLabel, TextField codeField) {
    }

    public static void bind(Parts parts, ResourceBundle resources, ObservableBooleanValue enabled,
                            ObservableStringValue offerUri, ObservableStringValue offerSecret, Runnable offer) {
        parts.status().textProperty().bind(Bindings.when(enabled)
                .then(resources.getString("userInfo.twoFactor.on"))
                .otherwise(resources.getString("userInfo.twoFactor.off")));
        parts.enableButton().visibleProperty().bind(Bindings.not(enabled).and(Bindings.isEmpty(offerUri)));
        parts.enableButton().managedProperty().bind(parts.enableButton().visibleProperty());
        parts.enableButton().setOnAction(e -> offer.run());
        parts.setupBox().visibleProperty().bind(Bindings.isNotEmpty(offerUri));
        parts.setupBox().managedProperty().bind(parts.setupBox().visibleProperty());
        Listeners.whileShown(parts.qrImage(), offerUri, (obs, was, uri) -> {
            parts.qrImage().setImage(uri == null || uri.isEmpty() ? null : QrCode.of(uri, parts.qrSize()));
            if (uri != null && !uri.isEmpty()) {
                parts.codeField().requestFocus();
            }
        });
        parts.secretLabel().textProperty().bind(offerSecret);
    }
}
