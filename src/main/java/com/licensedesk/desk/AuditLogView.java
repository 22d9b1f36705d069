package com.licensedesk.desk;

import com.licensedesk.ui.Columns;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.converter.LocalDateStringConverter;
import com.licensedesk.ui.Formats;

/** 監査ログ: the filters, the table, and CSV出力. */
public final class AuditLogView {
    private final AuditLogViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private DatePicker auditFrom;
    @FXML private DatePicker auditTo;
    @FXML private ComboBox<AuditLogViewModel.Choice> auditOperatorFilter;
    @FXML private ComboBox<AuditLogViewModel.Choice> auditActionFilter;
    @FXML private TextField auditSearchField;
    @FXML private Button auditSearchButton;
    @FXML private TableView<AuditLogViewModel.Row> auditTable;
    @FXML private TableColumn<AuditLogViewModel.Row, String> whenColumn;
    @FXML private TableColumn<AuditLogViewModel.Row, String> deskColumn;
    @FXML private TableColumn<AuditLogViewModel.Row, String> actorColumn;
    @FXML private TableColumn<AuditLogViewModel.Row, String> companyColumn;
    @FXML private TableColumn<AuditLogViewModel.Row, String> loginIdColumn;
    @FXML private TableColumn<AuditLogViewModel.Row, String> actionColumn;
    @FXML private TableColumn<AuditLogViewModel.Row, String> detailColumn;
    @FXML private Label busyLabel;
    @FXML private Button auditExportButton;
    @FXML private Button auditOpenButton;

    public AuditLogView(AuditLogViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        // Dates as the rest of the application writes them, whatever the machine's locale.
        auditFrom.setConverter(new LocalDateStringConverter(Formats.DATE_PATTERN, Formats.DATE_PATTERN));
        auditTo.setConverter(new LocalDateStringConverter(Formats.DATE_PATTERN, Formats.DATE_PATTERN));
        auditFrom.valueProperty().bindBidirectional(viewModel.from());
        auditTo.valueProperty().bindBidirectional(viewModel.to());
        auditOperatorFilter.setItems(viewModel.operatorChoices());
        auditOperatorFilter.valueProperty().bindBidirectional(viewModel.operator());
        auditActionFilter.setItems(viewModel.actionChoices());
        auditActionFilter.valueProperty().bindBidirectional(viewModel.action());
        auditSearchField.textProperty().bindBidirectional(viewModel.text());
        auditSearchButton.setOnAction(e -> viewModel.search());
        Columns.show(whenColumn, AuditLogViewModel.Row::when);
        Columns.show(deskColumn, AuditLogViewModel.Row::desk);
        Columns.show(actorColumn, AuditLogViewModel.Row::actor);
        Columns.show(companyColumn, AuditLogViewModel.Row::company);
        Columns.show(loginIdColumn, AuditLogViewModel.Row::loginId);
        Columns.show(actionColumn, AuditLogViewModel.Row::action);
        // An action is read whole at every width: the longest take two lines at 1024x768.
        Columns.wrapping(actionColumn);
        Columns.show(detailColumn, AuditLogViewModel.Row::detail);
        auditTable.setItems(viewModel.rows());
        auditTable.setPlaceholder(new Label(messages.get("audit.none")));
        auditTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        auditTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
                e.consume();
            }
        });
        auditOpenButton.disableProperty().bind(auditTable.getSelectionModel().selectedItemProperty().isNull());
        auditOpenButton.setOnAction(e -> open());
        busyLabel.visibleProperty().bind(viewModel.busy());
        auditExportButton.setOnAction(e -> viewModel.export());
        viewModel.shown();
    }

    private void open() {
        viewModel.open(auditTable.getSelectionModel().getSelectedItem());
    }
}
