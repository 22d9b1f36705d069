package com.licensedesk.auth;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.EnterKey;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.InitialFocus;
import com.licensedesk.ui.Listeners;
import java.util.Optional;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import javafx.scene.layout.GridPane;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 登録情報を入力してください. */
public final class LoginView {
    private final LoginViewModel viewModel;
    private final Runnable newRegistration;
    private final RecoveryViewModel recovery;
    @FXML private Label message;
    @FXML private TextField loginIdField;
    @FXML private Label loginIdFieldError;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordFieldError;
    @FXML private Hyperlink resetPasswordLink;
    @FXML private Hyperlink enterResetCodeLink;
    @FXML private CheckBox rememberLoginId;
    @FXML private Label busyLabel;
    @FXML private Button loginButton;
    @FXML private Hyperlink newRegistrationLink;
    @FXML private Hyperlink settingsLink;
    @FXML private Hyperlink staffSignInLink;
    @FXML private HBox deskLinks;
    @FXML private VBox firstStep;
    @FXML private VBox secondStep;
    @FXML private VBox changeStep;
    @FXML private GridPane changeFields;
    @FXML private Button changePasswordSubmit;
    @FXML private PasswordField newPasswordField;
    @FXML private TextField totpField;
    @FXML private Label totpFieldError;
    @FXML private Button verifyButton;
    @FXML private Button backButton;

    private final Runnable openSettings;
    private final Messages messages;
    private final Optional<Runnable> staffSignIn;

    public LoginView(LoginViewModel viewModel, RecoveryViewModel recovery, Messages messages,
                     Runnable newRegistration, Runnable openSettings, Optional<Runnable> staffSignIn) {
        this.messages = messages;
        this.staffSignIn = staffSignIn;
        this.viewModel = viewModel;
        this.recovery = recovery;
        this.newRegistration = newRegistration;
        this.openSettings = openSettings;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        viewModel.shown();
        loginIdField.textProperty().bindBidirectional(viewModel.loginId());
        passwordField.textProperty().bindBidirectional(viewModel.password());
        rememberLoginId.selectedProperty().bindBidirectional(viewModel.remember());
        rememberLoginId.setVisible(viewModel.rememberOffered());
        rememberLoginId.setManaged(viewModel.rememberOffered());
        FieldError.show(loginIdFieldError, viewModel.loginIdError(), loginIdField);
        FieldError.show(passwordFieldError, viewModel.passwordError(), passwordField);
        busyLabel.visibleProperty().bind(viewModel.busy());
        loginButton.disableProperty().bind(viewModel.busy());
        loginButton.setOnAction(e -> viewModel.signIn());
        EnterKey.continues(loginButton, rememberLoginId);
        resetPasswordLink.setOnAction(e -> recovery.start());
        enterResetCodeLink.setOnAction(e -> recovery.enterCode());
        newRegistrationLink.setOnAction(e -> newRegistration.run());
        settingsLink.setOnAction(e -> openSettings.run());
        boolean visitors = viewModel.visitorLinksOffered();
        shownIf(deskLinks, visitors);
        shownIf(settingsLink, visitors);
        shownIf(staffSignInLink, visitors && staffSignIn.isPresent());
        staffSignInLink.setOnAction(e -> staffSignIn.ifPresent(Runnable::run));
        totpField.textProperty().bindBidirectional(viewModel.totpCode());
        FieldError.show(totpFieldError, viewModel.totpError(), totpField);
        verifyButton.setOnAction(e -> viewModel.verify());
        verifyButton.disableProperty().bind(viewModel.busy());
        backButton.setOnAction(e -> viewModel.backToFirstStep());
        backButton.disableProperty().bind(viewModel.busy());
        secondStep.visibleProperty().bind(viewModel.secondStep());
        secondStep.managedProperty().bind(secondStep.visibleProperty());
        FormBinding.bind(changeFields, viewModel.newPasswordForm(), messages);
        changePasswordSubmit.setOnAction(e -> viewModel.changePassword());
        changePasswordSubmit.disableProperty().bind(viewModel.busy());
        changeStep.visibleProperty().bind(viewModel.changeStep());
        changeStep.managedProperty().bind(changeStep.visibleProperty());
        Listeners.whileShown(newPasswordField, viewModel.changeStep(), (obs, was, change) -> {
            loginButton.setDefaultButton(!change);
            changePasswordSubmit.setDefaultButton(change);
            if (change) {
                newPasswordField.requestFocus();
            }
        });
        firstStep.visibleProperty().bind(viewModel.secondStep().not().and(viewModel.changeStep().not()));
        firstStep.managedProperty().bind(firstStep.visibleProperty());
        Listeners.whileShown(totpField, viewModel.secondStep(), (obs, was, second) -> {
            // Enter confirms the step on screen.
            loginButton.setDefaultButton(!second);
            verifyButton.setDefaultButton(second);
            if (second) {
                totpField.requestFocus();
            }
        });
        InitialFocus.on(viewModel.loginIdKnown() ? passwordField : loginIdField);
    }

    private static void shownIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
