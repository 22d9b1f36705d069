package com.licensedesk.desk;

import com.licensedesk.ui.Columns;
import com.licensedesk.i18n.Messages;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Offered;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/** 送信メール: the state filter, the table, the chosen mail's body, 再送 and 取り消し. */
public final class OutboxMonitorView {
    private final OutboxMonitorViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private ComboBox<OutboxMonitorViewModel.StateChoice> outboxStateFilter;
    @FXML private TableView<OutboxMonitorViewModel.Row> outboxTable;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> createdColumn;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> recipientColumn;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> subjectColumn;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> stateColumn;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> attemptsColumn;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> answerColumn;
    @FXML private TableColumn<OutboxMonitorViewModel.Row, String> nextColumn;
    @FXML private TextArea outboxMailBody;
    @FXML private Label busyLabel;
    @FXML private Button outboxResendButton;
    @FXML private Button outboxCancelButton;
    @FXML private Button outboxRefreshButton;

    public OutboxMonitorView(OutboxMonitorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        Columns.show(createdColumn, OutboxMonitorViewModel.Row::created);
        Columns.show(recipientColumn, OutboxMonitorViewModel.Row::recipient);
        Columns.show(subjectColumn, OutboxMonitorViewModel.Row::subject);
        Columns.show(stateColumn, OutboxMonitorViewModel.Row::state);
        Columns.show(attemptsColumn, OutboxMonitorViewModel.Row::attempts);
        Columns.show(answerColumn, OutboxMonitorViewModel.Row::lastAnswer);
        Columns.show(nextColumn, OutboxMonitorViewModel.Row::nextAttempt);
        outboxTable.setItems(viewModel.rows());
        outboxTable.setPlaceholder(new Label(messages.get("outbox.none")));
        outboxStateFilter.setItems(viewModel.states());
        outboxStateFilter.valueProperty().bindBidirectional(viewModel.state());
        outboxStateFilter.setOnAction(e -> viewModel.load());
        outboxRefreshButton.setOnAction(e -> viewModel.load());
        outboxRefreshButton.disableProperty().bind(viewModel.busy());
        var selected = outboxTable.getSelectionModel().selectedItemProperty();
        selected.addListener((obs, was, now) -> viewModel.choose(now));
        outboxMailBody.textProperty().bind(viewModel.body());
        Offered.when(outboxResendButton, viewModel.changeable(), Bindings.createBooleanBinding(() ->
                selected.get() == null || selected.get().mail().state() != OutboxMail.State.FAILED, selected)
                .or(viewModel.busy()));
        Offered.when(outboxCancelButton, viewModel.changeable(), Bindings.createBooleanBinding(() ->
                selected.get() == null || selected.get().mail().state() != OutboxMail.State.WAITING, selected)
                .or(viewModel.busy()));
        outboxResendButton.setOnAction(e -> viewModel.resend(selected.get()));
        outboxCancelButton.setOnAction(e -> viewModel.cancel(selected.get()));
        busyLabel.visibleProperty().bind(viewModel.busy());
        viewModel.shown();
    }
}
