package com.licensedesk.auth;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.Listeners;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** パスワードのリセット: the code first; once it is accepted, the login ID and the new password. */
public final class ResetView {
    private final RecoveryViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private TextField resetCodeField;
    @FXML private Label resetCodeFieldError;
    @FXML private Button checkCodeButton;
    @FXML private Label accountNameLabel;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField newPasswordConfirmField;
    @FXML private Label busyLabel;
    @FXML private Button submitButton;
    @FXML private Button backButton;

    public ResetView(RecoveryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.passwordForm(), messages);
        resetCodeField.textProperty().bindBidirectional(viewModel.code());
        FieldError.show(resetCodeFieldError, viewModel.codeError(), resetCodeField);
        accountNameLabel.textProperty().bind(viewModel.accountName());
        resetCodeField.disableProperty().bind(viewModel.codeAccepted());
        checkCodeButton.disableProperty().bind(viewModel.codeAccepted().or(viewModel.busy()));
        newPasswordField.disableProperty().bind(viewModel.codeAccepted().not());
        newPasswordConfirmField.disableProperty().bind(viewModel.codeAccepted().not());
        busyLabel.visibleProperty().bind(viewModel.busy());
        submitButton.disableProperty().bind(viewModel.busy());
        checkCodeButton.setOnAction(e -> viewModel.checkCode());
        submitButton.setOnAction(e -> viewModel.submitReset());
        backButton.setOnAction(e -> viewModel.back());
        backButton.disableProperty().bind(viewModel.busy());
        Listeners.whileShown(newPasswordField, viewModel.codeAccepted(), (obs, was, accepted) -> {
            if (accepted) {
                newPasswordField.requestFocus();
            }
        });
        InitialFocus.on(resetCodeField);
    }
}
