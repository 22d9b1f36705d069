package com.licensedesk.auth;

import com.licensedesk.ui.BannerBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** メールを確認してください. */
public final class MailSentView {
    private final RecoveryViewModel viewModel;
    @FXML private Label message;
    @FXML private Label maskedEmail;
    @FXML private Button enterCodeButton;
    @FXML private Button backButton;

    public MailSentView(RecoveryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        maskedEmail.textProperty().bind(viewModel.maskedEmail());
        enterCodeButton.setOnAction(e -> viewModel.enterCode());
        backButton.setOnAction(e -> viewModel.back());
    }
}
