package com.licensedesk.account;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.Listeners;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** パスワードの変更 (a dialog): closes itself once the password has changed. */
public final class ChangePasswordView {
    private final ChangePasswordViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private PasswordField currentPasswordField;
    @FXML private Label busyLabel;
    @FXML private Button changePasswordSubmit;
    @FXML private Button closeButton;

    public ChangePasswordView(ChangePasswordViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        viewModel.opened();
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        busyLabel.visibleProperty().bind(viewModel.busy());
        changePasswordSubmit.disableProperty().bind(viewModel.busy());
        changePasswordSubmit.setOnAction(e -> viewModel.submit());
        closeButton.setOnAction(e -> close());
        Listeners.whileShown(closeButton, viewModel.done(), (obs, was, done) -> {
            if (done) {
                close();
            }
        });
        InitialFocus.on(currentPasswordField);
    }

    private void close() {
        viewModel.opened();
        closeButton.getScene().getWindow().hide();
    }
}
