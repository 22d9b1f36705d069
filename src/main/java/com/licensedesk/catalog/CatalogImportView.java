package com.licensedesk.catalog;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** カタログの取り込み: choose a file, watch it go (or stop it), read and save the report. */
public final class CatalogImportView {
    private final CatalogImportViewModel viewModel;
    @FXML private Label message;
    @FXML private Button chooseCatalogFileButton;
    @FXML private Label fileLabel;
    @FXML private ProgressBar importProgress;
    @FXML private Label speedLabel;
    @FXML private Button cancelImportButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<CatalogImportViewModel.ReportRow> importReportTable;
    @FXML private TableColumn<CatalogImportViewModel.ReportRow, Integer> lineColumn;
    @FXML private TableColumn<CatalogImportViewModel.ReportRow, String> reasonColumn;
    @FXML private Button saveReportButton;

    public CatalogImportView(CatalogImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        fileLabel.textProperty().bind(viewModel.fileName());
        importProgress.progressProperty().bind(viewModel.progress());
        speedLabel.textProperty().bind(viewModel.speed());
        summaryLabel.textProperty().bind(viewModel.summary());
        chooseCatalogFileButton.disableProperty().bind(viewModel.running());
        chooseCatalogFileButton.setOnAction(e -> viewModel.chooseFile());
        cancelImportButton.disableProperty().bind(viewModel.running().not());
        cancelImportButton.setOnAction(e -> viewModel.cancel());
        Columns.show(lineColumn, CatalogImportViewModel.ReportRow::line);
        Columns.show(reasonColumn, CatalogImportViewModel.ReportRow::reason);
        importReportTable.setItems(viewModel.report());
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.reportPlaceholder());
        importReportTable.setPlaceholder(placeholder);
        saveReportButton.disableProperty().bind(viewModel.running()
                .or(javafx.beans.binding.Bindings.isEmpty(viewModel.report())));
        saveReportButton.setOnAction(e -> viewModel.saveReport());
    }
}
