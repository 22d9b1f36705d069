package com.licensedesk.licences;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.TextDialog;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** 製品情報を確認. */
public final class ProductCheckView {
    private final ProductCheckViewModel viewModel;
    @FXML private ResourceBundle resources;
    @FXML private Label message;
    @FXML private Label keyLabel;
    @FXML private Label productName;
    @FXML private Label packageName;
    @FXML private Label seats;
    @FXML private Label expires;
    @FXML private Label licenseType;
    @FXML private CheckBox eulaCheck;
    @FXML private Label eulaCheckError;
    @FXML private Hyperlink eulaLink;
    @FXML private Hyperlink privacyLink;
    @FXML private Label expiryWarning;
    @FXML private VBox expiredConfirmBox;
    @FXML private CheckBox expiredConfirm;
    @FXML private Label expiredConfirmError;
    @FXML private Button continueButton;
    @FXML private Button cancelButton;

    public ProductCheckView(ProductCheckViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        ProductCheckViewModel.Details details = viewModel.details();
        keyLabel.setText(details.keyLine());
        productName.setText(details.product());
        packageName.setText(details.packageName());
        seats.setText(details.seats());
        expires.setText(details.expires());
        licenseType.setText(details.licenseType());
        expiryWarning.setText(details.expiryWarning());
        expiryWarning.setVisible(!details.expiryWarning().isEmpty());
        expiryWarning.setManaged(expiryWarning.isVisible());
        expiredConfirmBox.setVisible(viewModel.expiredConfirmOffered());
        expiredConfirmBox.setManaged(expiredConfirmBox.isVisible());
        expiredConfirm.selectedProperty().bindBidirectional(viewModel.expiredConfirmed());
        FieldError.show(expiredConfirmError, viewModel.expiredConfirmError(), expiredConfirm);
        eulaCheck.selectedProperty().bindBidirectional(viewModel.agreementAccepted());
        FieldError.show(eulaCheckError, viewModel.agreementError(), eulaCheck);
        eulaLink.setOnAction(e -> TextDialog.show(eulaLink, resources.getString("check.eula.dialogTitle"),
                viewModel.agreementText(), resources.getString("common.close")));
        privacyLink.setOnAction(e -> TextDialog.show(privacyLink, resources.getString("check.privacy.dialogTitle"),
                viewModel.privacyText(), resources.getString("common.close")));
        continueButton.setOnAction(e -> viewModel.proceed());
        cancelButton.setOnAction(e -> viewModel.cancel());
        EnterKey.continues(continueButton, eulaCheck);
        InitialFocus.on(eulaCheck);
    }
}
