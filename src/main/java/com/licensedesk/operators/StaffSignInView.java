package com.licensedesk.operators;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** スタッフログイン: binds the fields and buttons to {@link StaffSignInViewModel}. */
public final class StaffSignInView {
    private final StaffSignInViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private GridPane formContent;
    @FXML private TextField operatorIdField;
    @FXML private Label busyLabel;
    @FXML private Button operatorLoginButton;
    @FXML private Button backButton;

    public StaffSignInView(StaffSignInViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        busyLabel.visibleProperty().bind(viewModel.busy());
        operatorLoginButton.disableProperty().bind(viewModel.busy());
        operatorLoginButton.setOnAction(e -> viewModel.signIn());
        backButton.setOnAction(e -> viewModel.back());
        viewModel.shown();
        InitialFocus.on(operatorIdField);
    }
}
