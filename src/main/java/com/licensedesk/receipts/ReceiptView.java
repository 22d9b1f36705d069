package com.licensedesk.receipts;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Printing;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The receipt on screen, with 印刷, PDFで保存 and 次の登録 (the default button: Enter starts the next one). */
public final class ReceiptView {
    private final ReceiptViewModel viewModel;
    @FXML private Label message;
    @FXML private VBox receiptBox;
    @FXML private Label busyLabel;
    @FXML private Button printReceiptButton;
    @FXML private Button saveReceiptPdfButton;
    @FXML private Button nextRegistrationButton;

    public ReceiptView(ReceiptViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        receiptBox.getChildren().setAll(page().getChildren());
        busyLabel.visibleProperty().bind(viewModel.busy());
        printReceiptButton.setOnAction(e -> {
            Printing.Outcome outcome = Printing.print(page(), receiptBox.getScene().getWindow());
            viewModel.printed(outcome == Printing.Outcome.PRINTED, outcome == Printing.Outcome.NO_PRINTER);
        });
        saveReceiptPdfButton.setOnAction(e -> viewModel.savePdf());
        nextRegistrationButton.setOnAction(e -> viewModel.next());
        Platform.runLater(nextRegistrationButton::requestFocus);
    }

    /** The receipt's lines laid out as a page: the same for the screen and the printer. */
    private VBox page() {
        return Printing.page(viewModel.title(), viewModel.printedLines());
    }
}
