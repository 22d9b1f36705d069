package com.licensedesk.licences;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.KeptView;
import com.licensedesk.ui.Offered;
import java.util.Comparator;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 製品/サービス: the licences table and its legend. Kept by the window: its table may hold thousands of rows. */
public final class ProductsView implements KeptView {
    private final ProductsViewModel viewModel;
    @FXML private ResourceBundle resources;
    @FXML private Label message;
    @FXML private Button addKeyButton;
    @FXML private Button batchKeysButton;
    @FXML private TableView<LicenceRow> productsTable;
    @FXML private TableColumn<LicenceRow, LicenceRow> productColumn;
    @FXML private TableColumn<LicenceRow, Integer> seatsColumn;
    @FXML private TableColumn<LicenceRow, String> licenseTypeColumn;
    @FXML private TableColumn<LicenceRow, LicenceRow> expiresColumn;
    @FXML private TableColumn<LicenceRow, LicenceRow> actionColumn;
    @FXML private HBox legend;

    public ProductsView(ProductsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        productsTable.setItems(viewModel.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.loading())
                .then(resources.getString("licences.loading")).otherwise(resources.getString("licences.empty")));
        productsTable.setPlaceholder(placeholder);

        productColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        productColumn.setComparator(Comparator.comparing(LicenceRow::product).thenComparing(LicenceRow::key));
        productColumn.setCellFactory(column -> new RowCell(this::productCell));

        seatsColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().seats()));
        seatsColumn.setStyle("-fx-alignment: CENTER;");
        licenseTypeColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().licenseType()));
        licenseTypeColumn.setStyle("-fx-alignment: CENTER;");

        expiresColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        expiresColumn.setComparator(Comparator.comparing(LicenceRow::expires));
        expiresColumn.setCellFactory(column -> new RowCell(row -> {
            Label date = new Label(row.expiresText());
            date.getStyleClass().add(row.status().dateStyleClass());
            return date;
        }));

        actionColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        actionColumn.setCellFactory(column -> new RowCell(this::consoleLink));

        for (LicenceStatus status : LicenceStatus.values()) {
            HBox item = new HBox(6, StatusIcon.of(status), new Label(resources.getString(status.labelKey())));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        // Offered by who is at the window now: a customer, or an operator whose role may change customers.
        Offered.when(addKeyButton, viewModel.changeable());
        Offered.when(batchKeysButton, viewModel.batchOffered());
        addKeyButton.setOnAction(e -> viewModel.addKey());
        batchKeysButton.setOnAction(e -> viewModel.batchKeys());
        shownAgain();
    }

    @Override
    public void shownAgain() {
        viewModel.shown();
    }

    private Node productCell(LicenceRow row) {
        Label name = new Label(row.product());
        name.getStyleClass().add("product-cell-name");
        Label key = new Label(row.key());
        key.getStyleClass().add("product-cell-key");
        HBox cell = new HBox(10, StatusIcon.of(row.status()), new VBox(2, name, key));
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.setAccessibleText(row.statusText() + " " + row.product() + " " + row.key());
        return cell;
    }

    private Node consoleLink(LicenceRow row) {
        if (row.consoleUrl().isEmpty()) {
            return null;
        }
        Hyperlink link = new Hyperlink(resources.getString("licences.openConsole"));
        link.getStyleClass().add("open-console");
        link.setOnAction(e -> viewModel.openConsole(row));
        return link;
    }

    /** A cell drawn from the whole row by a function, empty for the table's spare lines. */
    private static final class RowCell extends TableCell<LicenceRow, LicenceRow> {
        private final Function<LicenceRow, Node> draw;

        RowCell(Function<LicenceRow, Node> draw) {
            this.draw = draw;
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(LicenceRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : draw.apply(row));
        }
    }
}
