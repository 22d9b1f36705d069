package com.licensedesk.registration;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import java.time.Clock;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The registration form's five sections. */
public final class RegistrationFormView {
    private final RegistrationFormViewModel viewModel;
    private final Messages messages;
    private final Clock clock;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private TextField loginId;
    @FXML private CheckBox supportDiffers;
    @FXML private Label supportSameNote;
    @FXML private VBox supportFields;
    @FXML private Label busyLabel;
    @FXML private Button continueButton;
    @FXML private Button cancelButton;

    public RegistrationFormView(RegistrationFormViewModel viewModel, Messages messages, Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages, clock);
        supportDiffers.selectedProperty().bindBidirectional(viewModel.supportDiffers());
        supportFields.visibleProperty().bind(viewModel.supportDiffers());
        supportFields.managedProperty().bind(supportFields.visibleProperty());
        supportSameNote.visibleProperty().bind(viewModel.supportDiffers().not());
        supportSameNote.managedProperty().bind(supportSameNote.visibleProperty());
        busyLabel.visibleProperty().bind(viewModel.busy());
        continueButton.disableProperty().bind(viewModel.busy());
        cancelButton.disableProperty().bind(viewModel.busy());
        continueButton.setOnAction(e -> viewModel.submit());
        EnterKey.continues(continueButton, supportDiffers);
        cancelButton.setOnAction(e -> viewModel.cancel());
        InitialFocus.on(formContent.lookup("#companyName"));
    }
}
