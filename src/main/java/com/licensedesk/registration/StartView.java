package com.licensedesk.registration;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** The Start screen ユーザ登録. */
public final class StartView {
    private final StartViewModel viewModel;
    @FXML private Label message;
    @FXML private ToggleGroup customerChoice;
    @FXML private RadioButton existingCustomerOption;
    @FXML private RadioButton newCustomerOption;
    @FXML private TextField keyField;
    @FXML private Label keyFieldError;
    @FXML private Label busyLabel;
    @FXML private Button continueButton;
    @FXML private Hyperlink languageSwitch;
    @FXML private Hyperlink settingsLink;
    @FXML private Hyperlink staffSignInLink;

    private final Runnable switchLanguage;
    private final Runnable openSettings;
    private final Optional<Runnable> staffSignIn;

    /**
     * {@code switchLanguage} shows the application in the other language; {@code openSettings} the settings;
     * {@code staffSignIn} the desk's sign-in, which a kiosk does not offer.
     */
    public StartView(StartViewModel viewModel, Runnable switchLanguage, Runnable openSettings,
                     Optional<Runnable> staffSignIn) {
        this.staffSignIn = staffSignIn;
        this.viewModel = viewModel;
        this.switchLanguage = switchLanguage;
        this.openSettings = openSettings;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        existingCustomerOption.setUserData(StartViewModel.Choice.EXISTING_CUSTOMER);
        newCustomerOption.setUserData(StartViewModel.Choice.NEW_CUSTOMER);
        customerChoice.selectToggle(viewModel.choice().get() == StartViewModel.Choice.EXISTING_CUSTOMER
                ? existingCustomerOption : newCustomerOption);
        customerChoice.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                viewModel.choice().set((StartViewModel.Choice) now.getUserData());
            }
        });
        keyField.textProperty().bindBidirectional(viewModel.keyText());
        FieldError.show(keyFieldError, viewModel.keyError(), keyField);
        busyLabel.visibleProperty().bind(viewModel.busy());
        continueButton.disableProperty().bind(viewModel.busy());
        continueButton.setOnAction(e -> viewModel.proceed());
        languageSwitch.setOnAction(e -> switchLanguage.run());
        settingsLink.setOnAction(e -> openSettings.run());
        boolean visitors = viewModel.visitorLinksOffered();
        shownIf(languageSwitch, visitors);
        shownIf(settingsLink, visitors);
        shownIf(staffSignInLink, visitors && staffSignIn.isPresent());
        staffSignInLink.setOnAction(e -> staffSignIn.ifPresent(Runnable::run));
        EnterKey.continues(continueButton, existingCustomerOption, newCustomerOption);
        InitialFocus.on(keyField);
    }

    private static void shownIf(Hyperlink link, boolean shown) {
        link.setVisible(shown);
        link.setManaged(shown);
    }
}
