package com.licensedesk.account;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.Offered;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** ユーザ登録情報. */
public final class UserInfoView {
    private final UserInfoViewModel viewModel;
    private final Messages messages;
    private final Runnable changePassword;
    private final Runnable openTwoFactor;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private Label readOnlyLead;
    @FXML private Label loginIdLabel;
    @FXML private ResourceBundle resources;
    @FXML private HBox passwordRow;
    @FXML private Button changePasswordButton;
    @FXML private Label twoFactorStatus;
    @FXML private Button twoFactorSetup;
    @FXML private Button issueTemporaryPasswordButton;
    @FXML private Button resetTwoFactorButton;
    @FXML private Label busyLabel;
    @FXML private Button userSubmit;

    /** {@code changePassword} opens the パスワードの変更 dialog, {@code openTwoFactor} the 2要素認証 screen. */
    public UserInfoView(UserInfoViewModel viewModel, Messages messages, Runnable changePassword,
                        Runnable openTwoFactor) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.changePassword = changePassword;
        this.openTwoFactor = openTwoFactor;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        loginIdLabel.textProperty().bind(viewModel.loginId());
        busyLabel.visibleProperty().bind(viewModel.busy());
        FormBinding.changeableWhen(formContent, viewModel.form(), viewModel.changeable());
        Offered.when(userSubmit, viewModel.changeable(), viewModel.busy());
        Offered.when(readOnlyLead, viewModel.changeable().not());
        userSubmit.setOnAction(e -> viewModel.submit());
        changePasswordButton.setOnAction(e -> changePassword.run());
        twoFactorStatus.textProperty().bind(Bindings.when(viewModel.twoFactorEnabled())
                .then(resources.getString("userInfo.twoFactor.on"))
                .otherwise(resources.getString("userInfo.twoFactor.off")));
        twoFactorSetup.setOnAction(e -> openTwoFactor.run());
        // At the desk the operator never sees or types the customer's password: the desk's own actions instead.
        Offered.when(passwordRow, viewModel.passwordActionOffered());
        Offered.when(changePasswordButton, viewModel.atDesk().not());
        Offered.when(twoFactorSetup, viewModel.atDesk().not());
        Offered.when(issueTemporaryPasswordButton, viewModel.temporaryPasswordOffered(), viewModel.busy());
        Offered.when(resetTwoFactorButton, viewModel.twoFactorResetOffered());
        issueTemporaryPasswordButton.setOnAction(e -> viewModel.issueTemporaryPassword());
        resetTwoFactorButton.setOnAction(e -> viewModel.resetTwoFactor());
        viewModel.shown();
        InitialFocus.on(formContent.lookup("#email"));
    }
}
