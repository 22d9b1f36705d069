package com.licensedesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** A read-only table column showing one value of its row. */
public final class Columns {
    private Columns() {
    }

    public static <R, T> void show(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
