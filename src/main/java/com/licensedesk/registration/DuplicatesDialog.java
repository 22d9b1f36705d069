package com.licensedesk.registration;

import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * 登録済みの会社があります: customers that look like the one being registered at the desk. The operator adds the key
 * to one of them, or registers a new customer anyway, or goes back to the form.
 */
final class DuplicatesDialog {
    private DuplicatesDialog() {
    }

    static void show(Node owner, Messages messages, RegistrationFormViewModel viewModel) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(messages.get("duplicates.title"));
        dialog.setHeaderText(messages.get("duplicates.title"));
        TableView<CustomerSummary> table = new TableView<>(viewModel.duplicates());
        table.setId("duplicateCandidates");
        table.getColumns().add(column(messages.get("directory.column.company"), CustomerSummary::companyName, 240));
        table.getColumns().add(column(messages.get("directory.column.loginId"), CustomerSummary::loginId, 140));
        table.getColumns().add(column(messages.get("directory.column.contact"), CustomerSummary::contactName, 120));
        table.getColumns().add(column(messages.get("directory.column.phone"), CustomerSummary::phone, 120));
        table.setPrefHeight(200);
        table.getSelectionModel().selectFirst();
        Label lead = new Label(messages.get("duplicates.lead"));
        lead.setWrapText(true);
        lead.setMaxWidth(640);
        dialog.getDialogPane().setContent(new VBox(10, lead, table));
        ButtonType add = new ButtonType(messages.get("duplicates.addToExisting"), ButtonBar.ButtonData.OK_DONE);
        ButtonType anyway = new ButtonType(messages.get("duplicates.registerAnyway"), ButtonBar.ButtonData.OTHER);
        ButtonType back = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(add, anyway, back);
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.setId("addToExistingButton");
        addButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        addButton.addEventFilter(ActionEvent.ACTION, e -> viewModel.addToExisting(
                table.getSelectionModel().getSelectedItem()));
        Button anywayButton = (Button) dialog.getDialogPane().lookupButton(anyway);
        anywayButton.setId("registerAnywayButton");
        anywayButton.addEventFilter(ActionEvent.ACTION, e -> viewModel.registerAnyway());
        dialog.getDialogPane().lookupButton(back).addEventFilter(ActionEvent.ACTION,
                e -> viewModel.keepEditing());
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setOnCloseRequest(e -> viewModel.keepEditing());
        dialog.show();
    }

    private static TableColumn<CustomerSummary, String> column(String title,
                                                              java.util.function.Function<CustomerSummary, String> value,
                                                              double width) {
        TableColumn<CustomerSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
