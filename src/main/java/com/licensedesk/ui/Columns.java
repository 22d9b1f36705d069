package com.licensedesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** A read-only table column showing one value of its row. */
public final class Columns {
    private Columns() {
    }

    public static <R, T> void show(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** A column of sentences (a reason, what to do): each wraps within the column rather than being cut. */
    public static <R> void wrapping(TableColumn<R, String> column) {
        column.setCellFactory(shown -> new TableCell<>() {
            // A Text wraps at a width of its own, so the row grows to its lines.
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(shown.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                // The cell's text colour, which turns white on a selected row.
                text.fillProperty().bind(textFillProperty());
            }

            @Override
            protected void updateItem(String sentence, boolean empty) {
                super.updateItem(sentence, empty);
                text.setText(empty || sentence == null ? "" : sentence);
                setGraphic(empty ? null : text);
            }
        });
    }
}
