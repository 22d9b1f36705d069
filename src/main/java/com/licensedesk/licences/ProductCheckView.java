package com.licensedesk.licences;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** 製品情報を確認. */
public final class ProductCheckView {
    private final ProductCheckViewModel viewModel;
    private final Messages messages;
    @FXML private VBox root;
    @FXML private Label message;
    @FXML private Label keyLabel;
    @FXML private Label productName;
    @FXML private Label packageName;
    @FXML private Label seats;
    @FXML private Label expires;
    @FXML private Label licenseType;
    @FXML private CheckBox eulaCheck;
    @FXML private Hyperlink eulaLink;
    @FXML private Hyperlink privacyLink;
    @FXML private Label expiryWarning;
    @FXML private VBox expiredConfirmBox;
    @FXML private VBox agreementBox;
    @FXML private Button continueButton;
    @FXML private Button cancelButton;

    public ProductCheckView(ProductCheckViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
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
        FormBinding.bind(root, viewModel.form(), messages);
        eulaLink.setOnAction(e -> viewModel.showAgreement());
        privacyLink.setOnAction(e -> viewModel.showPrivacyPolicy());
        continueButton.setOnAction(e -> viewModel.proceed());
        cancelButton.setOnAction(e -> viewModel.cancel());
        // An expired key brought by a customer: no agreement to accept and no 続行, only the way back.
        boolean offered = viewModel.continueOffered();
        agreementBox.setVisible(offered);
        agreementBox.setManaged(offered);
        continueButton.setVisible(offered);
        continueButton.setManaged(offered);
        continueButton.setDisable(!offered);
        continueButton.setDefaultButton(offered);
        viewModel.shown();
        EnterKey.continues(continueButton, eulaCheck);
        InitialFocus.on(offered ? eulaCheck : cancelButton);
    }
}
