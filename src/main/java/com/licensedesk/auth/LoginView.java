package com.licensedesk.auth;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** 登録情報を入力してください. */
public final class LoginView {
    private final LoginViewModel viewModel;
    private final Runnable newRegistration;
    private final RecoveryViewModel recovery;
    @FXML private Label message;
    @FXML private TextField loginIdField;
    @FXML private Label loginIdFieldError;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordFieldError;
    @FXML private Hyperlink resetPasswordLink;
    @FXML private Hyperlink enterResetCodeLink;
    @FXML private CheckBox rememberLoginId;
    @FXML private Label busyLabel;
    @FXML private Button loginButton;
    @FXML private Hyperlink newRegistrationLink;

    public LoginView(LoginViewModel viewModel, RecoveryViewModel recovery, Runnable newRegistration) {
        this.viewModel = viewModel;
        this.recovery = recovery;
        this.newRegistration = newRegistration;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        viewModel.shown();
        loginIdField.textProperty().bindBidirectional(viewModel.loginId());
        passwordField.textProperty().bindBidirectional(viewModel.password());
        rememberLoginId.selectedProperty().bindBidirectional(viewModel.remember());
        FieldError.show(loginIdFieldError, viewModel.loginIdError());
        FieldError.show(passwordFieldError, viewModel.passwordError());
        busyLabel.visibleProperty().bind(viewModel.busy());
        loginButton.disableProperty().bind(viewModel.busy());
        loginButton.setOnAction(e -> viewModel.signIn());
        EnterKey.continues(loginButton, rememberLoginId);
        resetPasswordLink.setOnAction(e -> recovery.start());
        enterResetCodeLink.visibleProperty().bind(recovery.requested());
        enterResetCodeLink.managedProperty().bind(enterResetCodeLink.visibleProperty());
        enterResetCodeLink.setOnAction(e -> recovery.enterCode());
        newRegistrationLink.setOnAction(e -> newRegistration.run());
        InitialFocus.on(viewModel.loginIdKnown() ? passwordField : loginIdField);
    }
}
