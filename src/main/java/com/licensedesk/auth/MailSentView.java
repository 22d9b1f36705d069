package com.licensedesk.auth;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** メールを確認してください. */
public final class MailSentView {
    private final RecoveryViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private Label maskedEmail;
    @FXML private Label sentTitle;
    @FXML private Label sentLead;
    @FXML private Label sentNote;
    @FXML private Button enterCodeButton;
    @FXML private Button backButton;

    public MailSentView(RecoveryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        maskedEmail.textProperty().bind(viewModel.maskedEmail());
        // A request by login ID shows no address: the line then takes no room.
        maskedEmail.managedProperty().bind(viewModel.maskedEmail().isNotEmpty());
        maskedEmail.visibleProperty().bind(maskedEmail.managedProperty());
        // Without a mail server the mail waits in the outbox: the screen must not say it was sent.
        whileMailWaits(sentTitle, "recovery.sent.waiting.title");
        whileMailWaits(sentLead, "recovery.sent.waiting.lead");
        whileMailWaits(sentNote, "recovery.sent.waiting.note");
        enterCodeButton.setOnAction(e -> viewModel.enterCode());
        backButton.setOnAction(e -> viewModel.back());
    }

    /** The label says {@code key}'s text while the mail waits, and its own (the manual's) otherwise. */
    private void whileMailWaits(Label label, String key) {
        String usual = label.getText();
        label.textProperty().bind(Bindings.when(viewModel.mailWaits()).then(messages.get(key)).otherwise(usual));
    }
}
