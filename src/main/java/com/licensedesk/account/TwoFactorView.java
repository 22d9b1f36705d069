package com.licensedesk.account;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.TwoFactorOfferBinding;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** 2要素認証. */
public final class TwoFactorView {
    private static final int QR_SIZE = 220;
    private final TwoFactorViewModel viewModel;
    @FXML private ResourceBundle resources;
    @FXML private Label message;
    @FXML private Label twoFactorStatus;
    @FXML private Button enableTwoFactorButton;
    @FXML private VBox setupBox;
    @FXML private ImageView totpQrImage;
    @FXML private Label totpSecretLabel;
    @FXML private TextField totpField;
    @FXML private Label totpFieldError;
    @FXML private Button verifyButton;
    @FXML private VBox recoveryBox;
    @FXML private TextArea recoveryCodes;
    @FXML private Button copyRecoveryCodesButton;
    @FXML private Button saveRecoveryCodesButton;
    @FXML private Button printRecoveryCodesButton;
    @FXML private VBox disableBox;
    @FXML private PasswordField disablePasswordField;
    @FXML private TextField disableCodeField;
    @FXML private Button disableTwoFactorButton;
    @FXML private Label disableError;
    @FXML private Label busyLabel;
    @FXML private Button backButton;

    public TwoFactorView(TwoFactorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        TwoFactorOfferBinding.bind(new TwoFactorOfferBinding.Parts(twoFactorStatus, enableTwoFactorButton, setupBox,
                totpQrImage, QR_SIZE, totpSecretLabel, totpField), resources, viewModel.enabled(), viewModel.offerUri(),
                viewModel.offerSecret(), viewModel::offer);
        totpField.textProperty().bindBidirectional(viewModel.code());
        FieldError.show(totpFieldError, viewModel.codeError(), totpField);
        verifyButton.setOnAction(e -> viewModel.confirm());
        show(recoveryBox, viewModel.recoveryCodes().isNotEmpty());
        recoveryCodes.textProperty().bind(viewModel.recoveryCodes());
        copyRecoveryCodesButton.setOnAction(e -> viewModel.copyRecoveryCodes());
        saveRecoveryCodesButton.setOnAction(e -> viewModel.saveRecoveryCodes());
        printRecoveryCodesButton.setOnAction(e -> viewModel.printRecoveryCodes());
        show(disableBox, viewModel.enabled());
        disablePasswordField.textProperty().bindBidirectional(viewModel.disablePassword());
        disableCodeField.textProperty().bindBidirectional(viewModel.disableCode());
        FieldError.show(disableError, viewModel.disableError());
        disableTwoFactorButton.setOnAction(e -> viewModel.disable());
        busyLabel.visibleProperty().bind(viewModel.busy());
        backButton.setOnAction(e -> viewModel.back());
        viewModel.shown();
    }

    private static void show(VBox box, ObservableBooleanValue when) {
        box.visibleProperty().bind(when);
        box.managedProperty().bind(box.visibleProperty());
    }
}
