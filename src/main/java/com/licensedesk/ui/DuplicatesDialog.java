package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Dialogs.SameCompanyAnswer;
import com.licensedesk.ui.Dialogs.SameCompanyCandidate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * 登録済みの会社があります, for {@link WindowDialogs}: customers that look like the one being registered at the desk.
 * The operator adds the key to one of them, or registers a new customer anyway, or goes back to the form.
 */
final class DuplicatesDialog {
    private DuplicatesDialog() {
    }

    /** Fills {@code dialog} (modal over the window, titled) and shows it without waiting for the answer. */
    static void show(Dialog<SameCompanyAnswer> dialog, Messages messages, List<SameCompanyCandidate> candidates,
                     Consumer<SameCompanyAnswer> answer) {
        TableView<SameCompanyCandidate> table = new TableView<>(FXCollections.observableArrayList(candidates));
        table.setId("duplicateCandidates");
        table.getColumns().add(column(messages.get("directory.column.company"), SameCompanyCandidate::companyName,
                240));
        table.getColumns().add(column(messages.get("directory.column.loginId"), SameCompanyCandidate::loginId, 140));
        table.getColumns().add(column(messages.get("directory.column.contact"), SameCompanyCandidate::contactName,
                120));
        table.getColumns().add(column(messages.get("directory.column.phone"), SameCompanyCandidate::phone, 120));
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
        dialog.getDialogPane().lookupButton(anyway).setId("registerAnywayButton");
        // Closing the window counts as the cancel button.
        dialog.setResultConverter(button -> button == add
                ? SameCompanyAnswer.addToExisting(table.getSelectionModel().getSelectedItem())
                : button == anyway ? SameCompanyAnswer.REGISTER_ANYWAY : SameCompanyAnswer.CANCEL);
        dialog.setOnHidden(e -> answer.accept(dialog.getResult() == null ? SameCompanyAnswer.CANCEL
                : dialog.getResult()));
        dialog.show();
    }

    private static TableColumn<SameCompanyCandidate, String> column(String title,
                                                                   Function<SameCompanyCandidate, String> value,
                                                                   double width) {
        TableColumn<SameCompanyCandidate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
