package com.licensedesk.auth;

import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;

/** ログインパスワードが変更されました。 with OK, back to the login screen. */
public final class ResetDoneView {
    private final RecoveryViewModel viewModel;
    @FXML private Button okButton;

    public ResetDoneView(RecoveryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        okButton.setOnAction(e -> viewModel.done());
        InitialFocus.on(okButton);
    }
}
