package com.licensedesk.expiry;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.BannerBinding;
import com.licensedesk.ui.Columns;
import java.time.YearMonth;
import java.util.Comparator;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** 期限管理: tiles that choose a window, a chart whose bars choose a month, the list, CSV and reminders. */
public final class ExpiryView {
    private final ExpiryViewModel viewModel;
    private final Messages messages;
    @FXML private Label message;
    @FXML private HBox expiryTiles;
    @FXML private BarChart<String, Number> expiryChart;
    @FXML private NumberAxis chartAxis;
    @FXML private ComboBox<ExpiryFilter> expiryWindow;
    @FXML private ComboBox<String> expiryProductFilter;
    @FXML private Label countLabel;
    @FXML private TableView<ExpiryViewModel.Row> expiryTable;
    @FXML private TableColumn<ExpiryViewModel.Row, String> companyColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, String> contactColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, String> phoneColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, String> productColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, String> keyColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, Integer> seatsColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, ExpiryViewModel.Row> expiresColumn;
    @FXML private TableColumn<ExpiryViewModel.Row, String> reminderColumn;
    @FXML private Button sendRemindersButton;
    @FXML private Button expiryExportButton;
    @FXML private Label busyLabel;
    @FXML private Button openCustomerButton;

    public ExpiryView(ExpiryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        expiryWindow.setItems(viewModel.choices());
        expiryWindow.setConverter(converter(viewModel::label));
        expiryWindow.valueProperty().bindBidirectional(viewModel.filter());
        expiryWindow.setButtonCell(cell(viewModel::label));
        expiryProductFilter.setItems(viewModel.products());
        expiryProductFilter.setConverter(converter(viewModel::productLabel));
        expiryProductFilter.setButtonCell(cell(viewModel::productLabel));
        expiryProductFilter.valueProperty().bindBidirectional(viewModel.product());
        countLabel.textProperty().bind(viewModel.count());

        Columns.show(companyColumn, row -> row.licence().companyName());
        Columns.show(contactColumn, row -> row.licence().contactName());
        Columns.show(phoneColumn, row -> row.licence().phone());
        Columns.show(productColumn, row -> row.licence().product());
        Columns.show(keyColumn, row -> row.licence().key());
        Columns.show(seatsColumn, row -> row.licence().seats());
        Columns.show(expiresColumn, row -> row);
        expiresColumn.setComparator(Comparator.comparing(row -> row.licence().expires()));
        expiresColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(ExpiryViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.expires());
            }
        });
        Columns.show(reminderColumn, ExpiryViewModel.Row::lastReminder);
        expiryTable.setItems(viewModel.rows());
        // Rows of one height: scrolling twenty thousand of them lays out only the rows in view.
        expiryTable.setFixedCellSize(24);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.loading())
                .then(messages.get("expiry.loading")).otherwise(messages.get("expiry.none")));
        expiryTable.setPlaceholder(placeholder);
        expiryTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        expiryTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
                e.consume();
            }
        });
        openCustomerButton.disableProperty().bind(expiryTable.getSelectionModel().selectedItemProperty().isNull());
        openCustomerButton.setOnAction(e -> open());
        // While the list is read its table says so; 処理中 is for an export or a sending.
        busyLabel.visibleProperty().bind(viewModel.busy().and(viewModel.loading().not()));
        expiryExportButton.disableProperty().bind(viewModel.busy());
        expiryExportButton.setOnAction(e -> viewModel.export());
        sendRemindersButton.setVisible(viewModel.maySendReminders());
        sendRemindersButton.setManaged(viewModel.maySendReminders());
        sendRemindersButton.disableProperty().bind(viewModel.busy());
        sendRemindersButton.setOnAction(e -> viewModel.sendReminders());

        chartAxis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(chartAxis) {
            @Override
            public String toString(Number value) {
                // Licences are whole: no 0.5 on the axis.
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.format("%,d", value.longValue())
                        : "";
            }
        });
        viewModel.tiles().addListener((ListChangeListener<ExpiryViewModel.Tile>) change -> showTiles());
        viewModel.bars().addListener((ListChangeListener<ExpiryViewModel.Bar>) change -> showBars());
        viewModel.filter().addListener((o, was, now) -> {
            markChosenTile();
            markChosenBar();
        });
        viewModel.shown();
        Platform.runLater(expiryTable::requestFocus);
    }

    private void open() {
        viewModel.open(expiryTable.getSelectionModel().getSelectedItem());
    }

    /** A tile per window: its count large, its words under it; pressing it lists that window. */
    private void showTiles() {
        expiryTiles.getChildren().clear();
        for (ExpiryViewModel.Tile tile : viewModel.tiles()) {
            Label count = new Label(String.format("%,d", tile.count()));
            count.getStyleClass().add("tile-count");
            Label label = new Label(tile.label());
            label.getStyleClass().add("tile-label");
            Button button = new Button(null, new VBox(2, count, label));
            button.getStyleClass().add("expiry-tile");
            if (tile.filter() instanceof ExpiryFilter.Expired) {
                button.getStyleClass().add("expired");
            }
            button.setUserData(tile.filter());
            button.setId(tileId(tile.filter()));
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> viewModel.filter().set(tile.filter()));
            expiryTiles.getChildren().add(button);
        }
        markChosenTile();
    }

    static String tileId(ExpiryFilter filter) {
        if (filter instanceof ExpiryFilter.Within within) {
            return "expiryTile" + within.days();
        }
        if (filter instanceof ExpiryFilter.InMonth month) {
            return "expiryTile" + month.month();
        }
        return "expiryTileExpired";
    }

    private void markChosenTile() {
        for (Node tile : expiryTiles.getChildren()) {
            tile.pseudoClassStateChanged(CHOSEN, tile.getUserData().equals(viewModel.filter().get()));
        }
    }

    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");

    /** One series of twelve months; a bar (or its month's label) clicked lists that month. */
    private void showBars() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ExpiryViewModel.Bar bar : viewModel.bars()) {
            XYChart.Data<String, Number> data = new XYChart.Data<>(bar.label(), bar.count());
            data.setExtraValue(bar.month());
            data.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    dress(node, bar);
                }
            });
            series.getData().add(data);
        }
        expiryChart.getData().setAll(java.util.List.of(series));
        markChosenBar();
    }

    private void dress(Node node, ExpiryViewModel.Bar bar) {
        // The chart sets the bar's style classes itself (chart-bar, series0, ...): the month goes in the user data.
        node.setUserData(bar.month());
        node.setCursor(javafx.scene.Cursor.HAND);
        Tooltip.install(node, new Tooltip(messages.get("expiry.chart.tip", bar.label(),
                String.format("%,d", bar.count()))));
        node.setOnMouseClicked(e -> viewModel.monthChosen(bar.month()));
        node.pseudoClassStateChanged(CHOSEN, isChosen(bar.month()));
    }

    private void markChosenBar() {
        for (XYChart.Series<String, Number> series : expiryChart.getData()) {
            for (XYChart.Data<String, Number> data : series.getData()) {
                if (data.getNode() != null) {
                    data.getNode().pseudoClassStateChanged(CHOSEN, isChosen((YearMonth) data.getExtraValue()));
                }
            }
        }
    }

    private boolean isChosen(YearMonth month) {
        return viewModel.filter().get() instanceof ExpiryFilter.InMonth chosen && chosen.month().equals(month);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("Chosen from the list only");
            }
        };
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
