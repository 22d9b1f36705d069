package com.licensedesk.account;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.form.FormBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** ユーザ登録情報. */
public final class UserInfoView {
    private final UserInfoViewModel viewModel;
    private final Messages messages;
    private final Runnable changePassword;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private Label loginIdLabel;
    @FXML private Button changePasswordButton;
    @FXML private Label busyLabel;
    @FXML private Button userSubmit;

    /** {@code changePassword} opens the パスワードの変更 dialog. */
    public UserInfoView(UserInfoViewModel viewModel, Messages messages, Runnable changePassword) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.changePassword = changePassword;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        loginIdLabel.textProperty().bind(viewModel.loginId());
        busyLabel.visibleProperty().bind(viewModel.busy());
        userSubmit.disableProperty().bind(viewModel.busy());
        userSubmit.setOnAction(e -> viewModel.submit());
        changePasswordButton.setOnAction(e -> changePassword.run());
        viewModel.shown();
        InitialFocus.on(formContent.lookup("#email"));
    }
}
