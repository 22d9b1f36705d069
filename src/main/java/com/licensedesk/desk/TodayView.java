package com.licensedesk.desk;

import com.licensedesk.ui.Columns;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** 本日の作業: the table and 開く (Enter or a double click). */
public final class TodayView {
    private final TodayViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private TableView<TodayViewModel.Row> todayTable;
    @FXML private TableColumn<TodayViewModel.Row, String> timeColumn;
    @FXML private TableColumn<TodayViewModel.Row, String> whatColumn;
    @FXML private TableColumn<TodayViewModel.Row, String> companyColumn;
    @FXML private TableColumn<TodayViewModel.Row, String> loginIdColumn;
    @FXML private TableColumn<TodayViewModel.Row, String> operatorColumn;
    @FXML private Label busyLabel;
    @FXML private Button openCustomerButton;

    public TodayView(TodayViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        Columns.show(timeColumn, TodayViewModel.Row::time);
        Columns.show(whatColumn, TodayViewModel.Row::what);
        Columns.show(companyColumn, TodayViewModel.Row::company);
        Columns.show(loginIdColumn, TodayViewModel.Row::loginId);
        Columns.show(operatorColumn, TodayViewModel.Row::operator);
        todayTable.setItems(viewModel.rows());
        todayTable.setPlaceholder(new Label(messages.get("today.none")));
        busyLabel.visibleProperty().bind(viewModel.busy());
        openCustomerButton.disableProperty().bind(todayTable.getSelectionModel().selectedItemProperty().isNull());
        openCustomerButton.setOnAction(e -> viewModel.open(todayTable.getSelectionModel().getSelectedItem()));
        todayTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.open(todayTable.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<TodayViewModel.Row>) change -> {
            if (!viewModel.rows().isEmpty() && todayTable.getSelectionModel().isEmpty()) {
                todayTable.getSelectionModel().selectFirst();
            }
        });
        viewModel.shown();
        Platform.runLater(todayTable::requestFocus);
    }
}
