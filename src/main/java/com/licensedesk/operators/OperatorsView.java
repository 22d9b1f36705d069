package com.licensedesk.operators;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.Listeners;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** スタッフ管理: binds the table and the two sections to {@link OperatorsViewModel}. */
public final class OperatorsView {
    private final OperatorsViewModel viewModel;
    private final Messages messages;
    private final Clock clock;
    @FXML private ScrollPane page;
    @FXML private Label message;
    @FXML private TableView<OperatorsViewModel.Row> operatorTable;
    @FXML private TableColumn<OperatorsViewModel.Row, String> loginIdColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> nameColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> roleColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> stateColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> twoFactorColumn;
    @FXML private Label busyLabel;
    @FXML private Button deactivateOperatorButton;
    @FXML private Button operatorTwoFactorOffButton;
    @FXML private GridPane addFields;
    @FXML private ComboBox<String> newOperatorRoleField;
    @FXML private Button addOperatorButton;
    @FXML private GridPane resetFields;
    @FXML private Button resetOperatorPasswordButton;

    public OperatorsView(OperatorsViewModel viewModel, Messages messages, Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        loginIdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().loginId()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        twoFactorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().twoFactor()));
        operatorTable.setItems(viewModel.rows());
        FormBinding.bind(addFields, viewModel.addForm(), messages, clock);
        FormBinding.bind(resetFields, viewModel.resetForm(), messages);
        newOperatorRoleField.setConverter(new StringConverter<>() {
            @Override
            public String toString(String role) {
                return role == null ? "" : viewModel.roleLabel(role);
            }

            @Override
            public String fromString(String label) {
                return label;
            }
        });
        busyLabel.visibleProperty().bind(viewModel.busy());
        var selected = operatorTable.getSelectionModel().selectedItemProperty();
        deactivateOperatorButton.disableProperty().bind(selected.isNull().or(viewModel.busy()));
        operatorTwoFactorOffButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().hasTwoFactor(), selected).or(viewModel.busy()));
        resetOperatorPasswordButton.disableProperty().bind(selected.isNull().or(viewModel.busy()));
        addOperatorButton.disableProperty().bind(viewModel.busy());
        addOperatorButton.setOnAction(e -> viewModel.add());
        deactivateOperatorButton.setOnAction(e -> viewModel.deactivate(selected.get()));
        operatorTwoFactorOffButton.setOnAction(e -> viewModel.switchOffTwoFactor(selected.get()));
        resetOperatorPasswordButton.setOnAction(e -> viewModel.resetPassword(selected.get()));
        // After a change: the row it was for selected and focused, the page scrolled up to the banner above it.
        Listeners.whileShown(operatorTable, viewModel.rowToShow(), (obs, was, loginId) -> {
            if (loginId.isEmpty()) {
                return;
            }
            operatorTable.getItems().stream().filter(row -> row.loginId().equals(loginId)).findFirst()
                    .ifPresent(row -> {
                        operatorTable.getSelectionModel().select(row);
                        operatorTable.scrollTo(row);
                        operatorTable.requestFocus();
                        page.setVvalue(0);
                    });
        });
        viewModel.shown();
    }
}
