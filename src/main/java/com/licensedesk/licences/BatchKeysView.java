package com.licensedesk.licences;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import com.licensedesk.ui.FieldError;
import com.licensedesk.ui.FormBinding;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** まとめて追加: the keys on the left, each line's outcome on the right; good lines green, refused ones red. */
public final class BatchKeysView {
    private final BatchKeysViewModel viewModel;
    private final Messages messages;
    @FXML private VBox root;
    @FXML private Label message;
    @FXML private TextArea batchKeysArea;
    @FXML private Label batchKeysError;
    @FXML private Button batchCheckButton;
    @FXML private Label countLabel;
    @FXML private TableView<BatchKeysViewModel.Row> batchResultTable;
    @FXML private TableColumn<BatchKeysViewModel.Row, Integer> lineColumn;
    @FXML private TableColumn<BatchKeysViewModel.Row, String> keyColumn;
    @FXML private TableColumn<BatchKeysViewModel.Row, String> outcomeColumn;
    @FXML private TableColumn<BatchKeysViewModel.Row, String> productColumn;
    @FXML private TableColumn<BatchKeysViewModel.Row, String> expiresColumn;
    @FXML private Label staleLabel;
    @FXML private Hyperlink eulaLink;
    @FXML private Label busyLabel;
    @FXML private Button batchRegisterButton;
    @FXML private Button cancelButton;

    public BatchKeysView(BatchKeysViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        batchKeysArea.textProperty().bindBidirectional(viewModel.keys());
        FieldError.show(batchKeysError, viewModel.keysError(), batchKeysArea);
        batchCheckButton.setOnAction(e -> viewModel.check());
        batchCheckButton.disableProperty().bind(viewModel.busy());
        countLabel.textProperty().bind(viewModel.count());
        Columns.show(lineColumn, BatchKeysViewModel.Row::line);
        Columns.show(keyColumn, BatchKeysViewModel.Row::typed);
        Columns.show(outcomeColumn, BatchKeysViewModel.Row::outcome);
        Columns.show(productColumn, BatchKeysViewModel.Row::product);
        Columns.show(expiresColumn, BatchKeysViewModel.Row::expires);
        batchResultTable.setItems(viewModel.rows());
        batchResultTable.setPlaceholder(new Label(messages.get("batch.placeholder")));
        batchResultTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(BatchKeysViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("batch-good", "batch-refused");
                setTooltip(null);
                if (!empty && row != null) {
                    getStyleClass().add(row.good() ? "batch-good" : "batch-refused");
                    // The whole outcome, also where a narrow window cuts the column.
                    setTooltip(new javafx.scene.control.Tooltip(row.typed() + ": " + row.outcome()));
                }
            }
        });
        // The table no longer shows the keys as typed: 登録 waits for another 確認.
        staleLabel.visibleProperty().bind(viewModel.stale());
        staleLabel.managedProperty().bind(staleLabel.visibleProperty());
        FormBinding.bind(root, viewModel.agreementForm(), messages);
        eulaLink.setOnAction(e -> viewModel.showAgreement());
        busyLabel.visibleProperty().bind(viewModel.busy());
        batchRegisterButton.disableProperty().bind(viewModel.registrable().not().or(viewModel.busy()));
        batchRegisterButton.setOnAction(e -> viewModel.register());
        cancelButton.setOnAction(e -> viewModel.cancel());
        Platform.runLater(batchKeysArea::requestFocus);
    }
}
