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

/** 最初の管理者を作成: binds the fields and the button to {@link FirstAdminViewModel}. */
public final class FirstAdminView {
    private final FirstAdminViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private GridPane formContent;
    @FXML private Label busyLabel;
    @FXML private Button createOperatorButton;
    @FXML private Button backButton;
    @FXML private TextField setupCodeField;

    public FirstAdminView(FirstAdminViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        busyLabel.visibleProperty().bind(viewModel.busy());
        createOperatorButton.disableProperty().bind(viewModel.busy());
        createOperatorButton.setOnAction(e -> viewModel.create());
        backButton.setOnAction(e -> viewModel.back());
        InitialFocus.on(setupCodeField);
    }
}
