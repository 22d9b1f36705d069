package com.licensedesk.kiosks;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** キオスク管理: binds the table and the two buttons to {@link KiosksViewModel}. */
public final class KiosksView {
    private final KiosksViewModel viewModel;
    @FXML private Label message;
    @FXML private TableView<KiosksViewModel.Row> kioskTable;
    @FXML private TableColumn<KiosksViewModel.Row, String> nameColumn;
    @FXML private TableColumn<KiosksViewModel.Row, String> stateColumn;
    @FXML private TableColumn<KiosksViewModel.Row, String> lastReceivedColumn;
    @FXML private TableColumn<KiosksViewModel.Row, Long> unsettledColumn;
    @FXML private Label busyLabel;
    @FXML private Button enrolKioskButton;
    @FXML private Button revokeKioskButton;

    public KiosksView(KiosksViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        Columns.show(nameColumn, KiosksViewModel.Row::name);
        Columns.show(stateColumn, KiosksViewModel.Row::state);
        Columns.show(lastReceivedColumn, KiosksViewModel.Row::lastReceived);
        Columns.show(unsettledColumn, KiosksViewModel.Row::unsettled);
        kioskTable.setItems(viewModel.rows());
        busyLabel.visibleProperty().bind(viewModel.busy());
        var selected = kioskTable.getSelectionModel().selectedItemProperty();
        revokeKioskButton.disableProperty().bind(selected.isNull().or(viewModel.busy()));
        enrolKioskButton.disableProperty().bind(viewModel.busy());
        enrolKioskButton.setOnAction(e -> viewModel.enrol());
        revokeKioskButton.setOnAction(e -> viewModel.revoke(selected.get()));
        viewModel.shown();
    }
}
