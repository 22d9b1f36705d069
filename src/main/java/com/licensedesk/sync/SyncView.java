package com.licensedesk.sync;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** 同期: binds the chosen files, the sync folder, the report and the three buttons to {@link SyncViewModel}. */
public final class SyncView {
    private final SyncViewModel viewModel;
    @FXML private Label message;
    @FXML private Label chosenLabel;
    @FXML private Label syncFolderLabel;
    @FXML private Label busyLabel;
    @FXML private Button chooseBundleButton;
    @FXML private Button importBundlesButton;
    @FXML private Button saveReplyButton;
    @FXML private TableView<SyncViewModel.Row> syncReportTable;
    @FXML private TableColumn<SyncViewModel.Row, String> bundleColumn;
    @FXML private TableColumn<SyncViewModel.Row, String> kioskColumn;
    @FXML private TableColumn<SyncViewModel.Row, String> appliedColumn;
    @FXML private TableColumn<SyncViewModel.Row, String> waitingColumn;
    @FXML private TableColumn<SyncViewModel.Row, String> refusedColumn;
    @FXML private TableColumn<SyncViewModel.Row, String> reasonColumn;

    public SyncView(SyncViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        chosenLabel.textProperty().bind(viewModel.chosenText());
        syncFolderLabel.setText(viewModel.folderText());
        Columns.show(bundleColumn, SyncViewModel.Row::bundle);
        Columns.show(kioskColumn, SyncViewModel.Row::kiosk);
        // A refused bundle was not opened: it has no counts to show.
        Columns.show(appliedColumn, row -> row.refused() ? "" : String.valueOf(row.applied()));
        Columns.show(waitingColumn, row -> row.refused() ? "" : String.valueOf(row.waiting()));
        String refusedMark = refusedColumn.getText();
        Columns.show(refusedColumn, row -> row.refused() ? refusedMark : "");
        Columns.show(reasonColumn, SyncViewModel.Row::reason);
        // A reason says what to do in a sentence or two.
        Columns.wrapping(reasonColumn);
        syncReportTable.setItems(viewModel.rows());
        busyLabel.visibleProperty().bind(viewModel.busy());
        chooseBundleButton.disableProperty().bind(viewModel.busy());
        importBundlesButton.disableProperty().bind(viewModel.busy());
        saveReplyButton.disableProperty().bind(viewModel.busy().or(viewModel.nothingToReply()));
        chooseBundleButton.setOnAction(e -> viewModel.chooseBundles());
        importBundlesButton.setOnAction(e -> viewModel.importBundles());
        saveReplyButton.setOnAction(e -> viewModel.saveReplies());
        viewModel.shown();
    }
}
