package com.licensedesk.operators;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.TwoFactorOfferBinding;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** アカウント設定: binds the two sections to {@link OwnAccountViewModel}. */
public final class OwnAccountView {
    private static final int QR_SIZE = 180;
    private final OwnAccountViewModel viewModel;
    private final Messages messages;
    @FXML private ResourceBundle resources;
    @FXML private Label message;
    @FXML private Label operatorAccountLabel;
    @FXML private GridPane passwordFields;
    @FXML private PasswordField currentPasswordField;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField newPasswordConfirmField;
    @FXML private Button changePasswordSubmit;
    @FXML private Label twoFactorStatus;
    @FXML private Button enableTwoFactorButton;
    @FXML private VBox setupBox;
    @FXML private ImageView totpQrImage;
    @FXML private Label totpSecretLabel;
    @FXML private TextField totpField;
    @FXML private Label totpFieldError;
    @FXML private Button verifyButton;
    @FXML private VBox disableBox;
    @FXML private PasswordField disablePasswordField;
    @FXML private TextField disableCodeField;
    @FXML private Label disableError;
    @FXML private Button disableTwoFactorButton;
    @FXML private Label busyLabel;

    public OwnAccountView(OwnAccountViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        operatorAccountLabel.textProperty().bind(viewModel.who());
        FormBinding.bind(passwordFields, viewModel.passwordForm(), messages);
        changePasswordSubmit.setOnAction(e -> viewModel.changePassword());
        changePasswordSubmit.disableProperty().bind(viewModel.busy());
        // Enter sends the section the cursor is in.
        for (PasswordField field : new PasswordField[] {currentPasswordField, newPasswordField,
            newPasswordConfirmField}) {
            field.setOnAction(e -> viewModel.changePassword());
        }
        TwoFactorOfferBinding.bind(new TwoFactorOfferBinding.Parts(twoFactorStatus, enableTwoFactorButton, setupBox,
                totpQrImage, QR_SIZE, totpSecretLabel, totpField), resources, viewModel.enabled(), viewModel.offerUri(),
                viewModel.offerSecret(), viewModel::offer);
        totpField.textProperty().bindBidirectional(viewModel.code().text());
        FieldError.show(totpFieldError, viewModel.code().error(), totpField);
        totpField.setOnAction(e -> viewModel.confirm());
        verifyButton.setOnAction(e -> viewModel.confirm());
        verifyButton.disableProperty().bind(viewModel.busy());
        show(disableBox, viewModel.enabled());
        disablePasswordField.textProperty().bindBidirectional(viewModel.disablePassword().text());
        disableCodeField.textProperty().bindBidirectional(viewModel.disableCode().text());
        FieldError.show(disableError, viewModel.disableError());
        disableCodeField.setOnAction(e -> viewModel.disable());
        disableTwoFactorButton.setOnAction(e -> viewModel.disable());
        disableTwoFactorButton.disableProperty().bind(viewModel.busy());
        busyLabel.visibleProperty().bind(viewModel.busy());
        viewModel.shown();
        InitialFocus.on(currentPasswordField);
    }

    private static void show(VBox box, ObservableBooleanValue when) {
        box.visibleProperty().bind(when);
        box.managedProperty().bind(box.visibleProperty());
    }
}
