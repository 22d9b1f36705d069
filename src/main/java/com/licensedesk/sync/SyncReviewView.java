package com.licensedesk.sync;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.ScrollIntoView;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/** 同期の確認: binds the waiting entries, the two sides and the four answers to {@link SyncReviewViewModel}. */
public final class SyncReviewView {
    private final SyncReviewViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private Label busyLabel;
    @FXML private VBox answerBox;
    @FXML private TableView<SyncReviewViewModel.Row> syncConflictTable;
    @FXML private TableColumn<SyncReviewViewModel.Row, String> kioskColumn;
    @FXML private TableColumn<SyncReviewViewModel.Row, String> sequenceColumn;
    @FXML private TableColumn<SyncReviewViewModel.Row, String> enteredColumn;
    @FXML private TableColumn<SyncReviewViewModel.Row, String> customerColumn;
    @FXML private TableColumn<SyncReviewViewModel.Row, String> conflictColumn;
    @FXML private Label conflictKioskSide;
    @FXML private Label conflictHomeSide;
    @FXML private VBox fieldsBox;
    @FXML private CheckListView<SyncReviewViewModel.FieldChoice> fieldsFromKiosk;
    @FXML private Button addToExistingButton;
    @FXML private Button registerWithNewLoginIdButton;
    @FXML private Button applyFieldsButton;
    @FXML private Button rejectEntryButton;

    public SyncReviewView(SyncReviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(answerBox, viewModel.form(), messages);
        Columns.show(kioskColumn, SyncReviewViewModel.Row::kiosk);
        Columns.show(sequenceColumn, row -> String.valueOf(row.sequence()));
        Columns.show(enteredColumn, SyncReviewViewModel.Row::entered);
        Columns.show(customerColumn, SyncReviewViewModel.Row::customer);
        Columns.show(conflictColumn, SyncReviewViewModel.Row::conflict);
        Columns.wrapping(conflictColumn);
        syncConflictTable.setItems(viewModel.rows());
        syncConflictTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, row) -> viewModel.select(row));
        conflictKioskSide.textProperty().bind(viewModel.kioskSide());
        conflictHomeSide.textProperty().bind(viewModel.homeSide());
        fieldsFromKiosk.setItems(viewModel.differingFields());
        fieldsFromKiosk.setCellFactory(list -> new CheckBoxListCell<>(fieldsFromKiosk::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(SyncReviewViewModel.FieldChoice choice) {
                        return choice == null ? "" : choice.text();
                    }

                    @Override
                    public SyncReviewViewModel.FieldChoice fromString(String text) {
                        throw new UnsupportedOperationException("a field is ticked, not typed");
                    }
                }));
        // Only a record changed on both sides is taken field by field: for any other entry the choice is not shown.
        fieldsBox.visibleProperty().bind(viewModel.canApplyFields());
        fieldsBox.managedProperty().bind(viewModel.canApplyFields());
        busyLabel.visibleProperty().bind(viewModel.busy());
        addToExistingButton.disableProperty().bind(viewModel.busy().or(viewModel.canAddToExisting().not()));
        registerWithNewLoginIdButton.disableProperty().bind(viewModel.busy().or(viewModel.canRegisterAnew().not()));
        applyFieldsButton.disableProperty().bind(viewModel.busy().or(viewModel.canApplyFields().not()));
        rejectEntryButton.disableProperty().bind(viewModel.busy().or(viewModel.canReject().not()));
        addToExistingButton.setOnAction(e -> viewModel.addToExisting());
        registerWithNewLoginIdButton.setOnAction(e -> viewModel.registerWithNewLoginId());
        applyFieldsButton.setOnAction(e -> viewModel.applyFields(fieldsFromKiosk.getCheckModel().getCheckedItems()
                .stream().map(SyncReviewViewModel.FieldChoice::path).collect(Collectors.toSet())));
        rejectEntryButton.setOnAction(e -> viewModel.reject());
        // An entry settled leaves the list and its buttons disabled: the cursor goes back to the list, not on to the
        // reason field below, and the banner saying what was done is scrolled into view.
        viewModel.rows().addListener((ListChangeListener<SyncReviewViewModel.Row>) change -> {
            if (syncConflictTable.getScene() != null) {
                syncConflictTable.requestFocus();
                ScrollIntoView.of(message);
            }
        });
        viewModel.shown();
    }
}
