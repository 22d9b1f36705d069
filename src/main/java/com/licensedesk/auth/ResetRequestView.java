package com.licensedesk.auth;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** パスワードのリセット (パスワードをお忘れの場合). */
public final class ResetRequestView {
    private final RecoveryViewModel viewModel;
    @FXML private VBox root;
    @FXML private Label message;
    @FXML private TextField loginIdOrEmailField;
    @FXML private Label loginIdOrEmailFieldError;
    @FXML private CheckBox humanCheck;
    @FXML private Label busyLabel;
    @FXML private Button submitButton;
    @FXML private Button cancelButton;

    public ResetRequestView(RecoveryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        loginIdOrEmailField.textProperty().bindBidirectional(viewModel.loginIdOrEmail());
        FieldError.show(loginIdOrEmailFieldError, viewModel.loginIdOrEmailError(), loginIdOrEmailField);
        FormBinding.bind(root, viewModel.humanCheck());
        busyLabel.visibleProperty().bind(viewModel.busy());
        submitButton.disableProperty().bind(viewModel.busy());
        submitButton.setOnAction(e -> viewModel.request());
        cancelButton.setOnAction(e -> viewModel.back());
        EnterKey.continues(submitButton, humanCheck);
        InitialFocus.on(loginIdOrEmailField);
    }
}
