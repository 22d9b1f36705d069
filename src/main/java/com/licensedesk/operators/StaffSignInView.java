package com.licensedesk.operators;

import javafx.scene.layout.VBox;
import com.licensedesk.ui.Listeners;
import com.licensedesk.ui.FieldError;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Offered;
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
    @FXML private VBox firstStep;
    @FXML private VBox secondStep;
    @FXML private TextField totpField;
    @FXML private Label totpFieldError;
    @FXML private Button verifyButton;

    public StaffSignInView(StaffSignInViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        busyLabel.visibleProperty().bind(viewModel.busy());
        // ログイン is the first step's: the code step has 確認 (and 戻る) of its own.
        Offered.when(operatorLoginButton, viewModel.secondStep().not(), viewModel.busy());
        operatorLoginButton.setOnAction(e -> viewModel.signIn());
        backButton.setOnAction(e -> viewModel.back());
        totpField.textProperty().bindBidirectional(viewModel.code().text());
        FieldError.show(totpFieldError, viewModel.code().error(), totpField);
        verifyButton.setOnAction(e -> viewModel.verify());
        verifyButton.disableProperty().bind(viewModel.busy());
        secondStep.visibleProperty().bind(viewModel.secondStep());
        secondStep.managedProperty().bind(secondStep.visibleProperty());
        firstStep.visibleProperty().bind(viewModel.secondStep().not());
        firstStep.managedProperty().bind(firstStep.visibleProperty());
        Listeners.whileShown(totpField, viewModel.secondStep(), (obs, was, second) -> {
            operatorLoginButton.setDefaultButton(!second);
            verifyButton.setDefaultButton(second);
            if (second) {
                totpField.requestFocus();
            }
        });
        viewModel.shown();
        InitialFocus.on(operatorIdField);
    }
}
