package com.licensedesk.kiosks;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.InitialFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** キオスクの登録 (a dialog): the name, 保存, and the passphrase shown once the file is saved. */
public final class EnrolKioskView {
    private final EnrolKioskViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private TextField kioskNameField;
    @FXML private VBox passphraseBox;
    @FXML private Label kioskPassphraseLabel;
    @FXML private Label busyLabel;
    @FXML private Button saveEnrolmentButton;
    @FXML private Button closeButton;

    public EnrolKioskView(EnrolKioskViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        viewModel.opened();
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages);
        var shown = viewModel.passphrase().isNotEmpty();
        kioskPassphraseLabel.textProperty().bind(viewModel.passphrase());
        passphraseBox.visibleProperty().bind(shown);
        passphraseBox.managedProperty().bind(shown);
        kioskNameField.disableProperty().bind(viewModel.enrolled());
        busyLabel.visibleProperty().bind(viewModel.busy());
        saveEnrolmentButton.disableProperty().bind(viewModel.busy().or(shown));
        saveEnrolmentButton.setOnAction(e -> viewModel.save());
        closeButton.setOnAction(e -> {
            // The passphrase goes with the dialog: it is shown only this once.
            viewModel.opened();
            closeButton.getScene().getWindow().hide();
        });
        InitialFocus.on(kioskNameField);
    }
}
