package com.licensedesk.settings;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.Listeners;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import java.time.Clock;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The settings screen. */
public final class SettingsView {
    private final SettingsViewModel viewModel;
    private final Messages messages;
    private final Clock clock;
    @FXML private ResourceBundle resources;
    @FXML private Label message;
    @FXML private VBox formContent;
    @FXML private VBox pinBox;
    @FXML private Label pinLead;
    @FXML private PasswordField pinField;
    @FXML private HBox pinConfirmRow;
    @FXML private HBox setupCodeRow;
    @FXML private TextField setupCodeField;
    @FXML private Button pinButton;
    @FXML private VBox editBox;
    @FXML private Button testMailButton;
    @FXML private VBox syncBox;
    @FXML private VBox mailAndDatabaseBox;
    @FXML private Label syncStateLabel;
    @FXML private Button exportBundleButton;
    @FXML private Label busyLabel;
    @FXML private Button saveButton;
    @FXML private Button closeButton;

    public SettingsView(SettingsViewModel viewModel, Messages messages, Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(formContent, viewModel.form(), messages, clock);
        Listeners.whileShown(pinBox, viewModel.step(), (obs, was, step) -> showStep(step));
        showStep(viewModel.step().get());
        pinButton.setOnAction(e -> viewModel.submitPin());
        testMailButton.setOnAction(e -> viewModel.sendTestMail());
        exportBundleButton.setOnAction(e -> viewModel.exportBundle());
        exportBundleButton.disableProperty().bind(viewModel.busy());
        syncStateLabel.textProperty().bind(viewModel.syncState());
        // The folder is a kiosk's setting as much as a desk's; the state and the button only a joined kiosk's.
        mailAndDatabaseBox.visibleProperty().bind(viewModel.linkedToHome().not());
        mailAndDatabaseBox.managedProperty().bind(viewModel.linkedToHome().not());
        syncStateLabel.visibleProperty().bind(viewModel.linkedToHome());
        syncStateLabel.managedProperty().bind(viewModel.linkedToHome());
        exportBundleButton.visibleProperty().bind(viewModel.linkedToHome());
        exportBundleButton.managedProperty().bind(viewModel.linkedToHome());
        saveButton.setOnAction(e -> viewModel.save());
        closeButton.setOnAction(e -> viewModel.close());
        busyLabel.visibleProperty().bind(viewModel.busy());
        pinButton.disableProperty().bind(viewModel.busy());
        saveButton.disableProperty().bind(viewModel.busy());
        testMailButton.disableProperty().bind(viewModel.busy());
        viewModel.open();
        // A new installation asks for the set-up code first, above the PIN to be set.
        InitialFocus.on(() -> setupCodeRow.isVisible() ? setupCodeField : pinField);
    }

    private void showStep(SettingsViewModel.Step step) {
        boolean editing = step == SettingsViewModel.Step.EDIT;
        pinBox.setVisible(!editing);
        pinBox.setManaged(!editing);
        editBox.setVisible(editing);
        editBox.setManaged(editing);
        saveButton.setVisible(editing);
        saveButton.setDefaultButton(editing);
        pinButton.setDefaultButton(!editing);
        pinConfirmRow.setVisible(step == SettingsViewModel.Step.SET_PIN);
        pinConfirmRow.setManaged(step == SettingsViewModel.Step.SET_PIN);
        setupCodeRow.setVisible(step == SettingsViewModel.Step.SET_PIN);
        setupCodeRow.setManaged(step == SettingsViewModel.Step.SET_PIN);
        if (step == SettingsViewModel.Step.SET_PIN) {
            setupCodeField.requestFocus();
        }
        pinLead.setText(resources.getString(step == SettingsViewModel.Step.SET_PIN
                ? "settings.pin.setLead" : "settings.pin.enterLead"));
    }
}
