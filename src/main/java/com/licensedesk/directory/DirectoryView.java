package com.licensedesk.directory;

import com.licensedesk.i18n.Messages;
import com.licensedesk.licences.LicenceStatus;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Offered;
import java.util.Comparator;
import java.util.OptionalLong;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * 顧客一覧: a clearable search field (ControlsFX), the sortable table, and the keys a clerk uses all day: Ctrl+F
 * to the search, Down into the list, Enter opens, Ctrl+N a new registration.
 */
public final class DirectoryView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final double SEARCH_WIDTH = 440;
    private static final double SEARCH_MIN_WIDTH = 260;
    private final DirectoryViewModel viewModel;
    private final Messages messages;
    @FXML private VBox root;
    @FXML private Label message;
    @FXML private HBox searchBox;
    @FXML private Label countLabel;
    @FXML private Label keysHint;
    @FXML private TableView<DirectoryViewModel.Row> customerTable;
    @FXML private TableColumn<DirectoryViewModel.Row, DirectoryViewModel.Row> companyColumn;
    @FXML private TableColumn<DirectoryViewModel.Row, String> loginIdColumn;
    @FXML private TableColumn<DirectoryViewModel.Row, String> contactColumn;
    @FXML private TableColumn<DirectoryViewModel.Row, String> phoneColumn;
    @FXML private TableColumn<DirectoryViewModel.Row, Integer> licencesColumn;
    @FXML private TableColumn<DirectoryViewModel.Row, DirectoryViewModel.Row> nextExpiryColumn;
    @FXML private Label busyLabel;
    @FXML private Button openCustomerButton;
    @FXML private Button newRegistrationButton;
    @FXML private Button exportCustomersButton;

    public DirectoryView(DirectoryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        TextField search = TextFields.createClearableTextField();
        search.setId("customerSearchField");
        search.setPromptText(messages.get("directory.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.query());
        // A width of its own: grown, the field narrowed and widened again as the count beside it changed.
        search.setPrefWidth(SEARCH_WIDTH);
        search.setMinWidth(SEARCH_MIN_WIDTH);
        searchBox.getChildren().add(0, search);
        countLabel.textProperty().bind(viewModel.count());

        companyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        companyColumn.setCellFactory(column -> new CompanyCell());
        companyColumn.setComparator(Comparator.comparing(DirectoryViewModel.Row::companyNameKana)
                .thenComparing(DirectoryViewModel.Row::companyName));
        loginIdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().loginId()));
        contactColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().phone()));
        licencesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().licences()));
        nextExpiryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nextExpiryColumn.setCellFactory(column -> new TableCell<>() {
            private final Tooltip near = new Tooltip(messages.get(LicenceStatus.EXPIRING.labelKey()));

            @Override
            protected void updateItem(DirectoryViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.nextExpiry());
                // Near, it reads as on 製品/サービス: amber, with the word in a tooltip.
                getStyleClass().remove(LicenceStatus.EXPIRING.dateStyleClass());
                setTooltip(null);
                if (!empty && row != null
                        && row.nextExpiryStatus().filter(status -> status == LicenceStatus.EXPIRING).isPresent()) {
                    getStyleClass().add(LicenceStatus.EXPIRING.dateStyleClass());
                    setTooltip(near);
                }
            }
        });
        nextExpiryColumn.setComparator(Comparator.comparing(DirectoryViewModel.Row::nextExpiryDate,
                Comparator.nullsLast(Comparator.naturalOrder())));
        SortedList<DirectoryViewModel.Row> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(customerTable.comparatorProperty());
        customerTable.setItems(sorted);
        customerTable.setPlaceholder(new Label(messages.get("directory.none")));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<DirectoryViewModel.Row>) change -> {
            if (customerTable.getItems().isEmpty() || !customerTable.getSelectionModel().isEmpty()) {
                return;
            }
            // Back from a customer: the row of the one last opened, where the list still shows it.
            OptionalLong lastOpened = viewModel.takeLastOpened();
            customerTable.getItems().stream()
                    .filter(row -> lastOpened.equals(OptionalLong.of(row.accountId())))
                    .findFirst()
                    .ifPresentOrElse(row -> {
                        customerTable.getSelectionModel().select(row);
                        customerTable.scrollTo(row);
                    }, () -> customerTable.getSelectionModel().selectFirst());
        });

        openCustomerButton.disableProperty().bind(customerTable.getSelectionModel().selectedItemProperty().isNull());
        openCustomerButton.setOnAction(e -> open());
        Offered.when(newRegistrationButton, viewModel.registrationOffered());
        keysHint.textProperty().bind(Bindings.when(viewModel.registrationOffered())
                .then(messages.get("directory.hint")).otherwise(messages.get("directory.hint.readOnly")));
        newRegistrationButton.setOnAction(e -> viewModel.newRegistration());
        exportCustomersButton.setOnAction(e -> viewModel.export());
        busyLabel.visibleProperty().bind(viewModel.busy());
        customerTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (NEW.match(e)) {
                viewModel.newRegistration();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()
                    && (e.getTarget() == customerTable || e.getTarget() == search)) {
                open();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && e.getTarget() == search) {
                customerTable.requestFocus();
                e.consume();
            }
        });
        viewModel.shown();
        Platform.runLater(search::requestFocus);
    }

    private void open() {
        viewModel.open(customerTable.getSelectionModel().getSelectedItem());
    }

    /** The company name with its reading under it; both whole in a tooltip when the column cuts them. */
    private static final class CompanyCell extends TableCell<DirectoryViewModel.Row, DirectoryViewModel.Row> {
        private final Label name = new Label();
        private final Label kana = new Label();
        private final VBox box = new VBox(name, kana);
        private final Tooltip whole = new Tooltip();

        CompanyCell() {
            kana.getStyleClass().add("kana");
        }

        @Override
        protected void updateItem(DirectoryViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(row.companyName());
            kana.setText(row.companyNameKana());
            whole.setText(row.companyNameKana().isEmpty() ? row.companyName()
                    : row.companyName() + "\n" + row.companyNameKana());
            setGraphic(box);
            setTooltip(whole);
        }
    }
}
