package com.licensedesk.company;

import com.licensedesk.ui.BannerBinding;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.FormBinding;
import com.licensedesk.ui.Offered;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 会社情報. Enter sends the tab that is showing. */
public final class CompanyInfoView {
    private final CompanyInfoViewModel viewModel;
    private final Messages messages;
    private final Clock clock;
    @FXML private Label message;
    @FXML private Label lead;
    @FXML private TabPane tabs;
    @FXML private Tab contractorTab;
    @FXML private VBox contractorContent;
    @FXML private VBox supportContent;
    @FXML private TextArea note;
    @FXML private HBox remindersRow;
    @FXML private Label remindersHint;
    @FXML private CheckBox excludeFromReminders;
    @FXML private Button contractorSubmit;
    @FXML private Button supportSubmit;

    public CompanyInfoView(CompanyInfoViewModel viewModel, Messages messages, Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        BannerBinding.bind(message, viewModel.banner());
        FormBinding.bind(contractorContent, viewModel.contractorForm(), messages, clock);
        FormBinding.bind(supportContent, viewModel.supportForm(), messages, clock);
        note.textProperty().bind(viewModel.note());
        remindersRow.visibleProperty().bind(viewModel.remindersOffered());
        remindersRow.managedProperty().bind(viewModel.remindersOffered());
        excludeFromReminders.selectedProperty().bindBidirectional(viewModel.excludedFromReminders());
        excludeFromReminders.disableProperty().bind(viewModel.busy().or(viewModel.changeable().not()));
        excludeFromReminders.setOnAction(e -> viewModel.reminderChoiceChanged());
        remindersHint.textProperty().bind(Bindings.when(viewModel.changeable())
                .then(messages.get("company.reminders.hint"))
                .otherwise(messages.get("company.reminders.hint.readOnly")));
        lead.textProperty().bind(Bindings.when(viewModel.changeable())
                .then(messages.get("company.lead")).otherwise(messages.get("company.lead.readOnly")));
        FormBinding.changeableWhen(contractorContent, viewModel.contractorForm(), viewModel.changeable());
        FormBinding.changeableWhen(supportContent, viewModel.supportForm(), viewModel.changeable());
        Offered.when(contractorSubmit, viewModel.changeable(), viewModel.busy());
        Offered.when(supportSubmit, viewModel.changeable(), viewModel.busy());
        contractorSubmit.setOnAction(e -> viewModel.submitContractor());
        supportSubmit.setOnAction(e -> viewModel.submitSupport());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            contractorSubmit.setDefaultButton(now == contractorTab);
            supportSubmit.setDefaultButton(now != contractorTab);
            viewModel.otherTabShown();
        });
        viewModel.shown();
    }
}
