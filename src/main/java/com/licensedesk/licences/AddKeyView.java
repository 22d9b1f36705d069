package com.licensedesk.licences;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** ライセンスキー. */
public final class AddKeyView {
    private final AddKeyViewModel viewModel;
    @FXML private Label message;
    @FXML private TextField keyField;
    @FXML private Label keyFieldError;
    @FXML private Label busyLabel;
    @FXML private Button continueButton;
    @FXML private Button cancelButton;

    public AddKeyView(AddKeyViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        keyField.textProperty().bindBidirectional(viewModel.keyText());
        FieldError.show(keyFieldError, viewModel.keyError(), keyField);
        busyLabel.visibleProperty().bind(viewModel.busy());
        continueButton.disableProperty().bind(viewModel.busy());
        continueButton.setOnAction(e -> viewModel.proceed());
        cancelButton.setOnAction(e -> viewModel.cancel());
        InitialFocus.on(keyField);
    }
}
