package com.licensedesk.catalog;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** カタログの取り込み: choose a file, watch it go (or stop it), read and save the report. */
public final class CatalogImportView {
    private final CatalogImportViewModel viewModel;
    private final Messages messages;
    @FXML private VBox root;
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

    public CatalogImportView(CatalogImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        fileLabel.textProperty().bind(viewModel.fileName());
        importProgress.progressProperty().bind(viewModel.progress());
        speedLabel.textProperty().bind(viewModel.speed());
        summaryLabel.textProperty().bind(viewModel.summary());
        chooseCatalogFileButton.disableProperty().bind(viewModel.running());
        chooseCatalogFileButton.setOnAction(e -> choose());
        cancelImportButton.disableProperty().bind(viewModel.running().not());
        cancelImportButton.setOnAction(e -> viewModel.cancel());
        Columns.show(lineColumn, CatalogImportViewModel.ReportRow::line);
        Columns.show(reasonColumn, CatalogImportViewModel.ReportRow::reason);
        importReportTable.setItems(viewModel.report());
        importReportTable.setPlaceholder(new Label(messages.get("catalogImport.noErrors")));
        saveReportButton.disableProperty().bind(viewModel.running()
                .or(javafx.beans.binding.Bindings.isEmpty(viewModel.report())));
        saveReportButton.setOnAction(e -> saveReport());
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("catalogImport.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.start(file.toPath());
        }
    }

    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("catalogImport.saveReport"));
        chooser.setInitialFileName(messages.get("catalogImport.reportFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.saveReport(file.toPath());
        }
    }
}
