package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.domain.Problem;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormCheck;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * まとめて追加: keys pasted or scanned one per line; 確認 shows each line's outcome; 登録 registers the good ones
 * together once the licence agreement is accepted, and the receipt follows. Editing the keys after 確認 asks for
 * another 確認 before 登録.
 */
public final class BatchKeysViewModel implements PersonalData {
    /** A checked line as the table shows it; {@code good} lines are registered. */
    public record Row(int line, String typed, String outcome, String product, String expires, boolean good) {
    }

    private final BatchKeyService service;
    private final LegalTexts legal;
    private final Session session;
    private final Navigator navigator;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ProductsViewModel products;
    private final BiConsumer<Acting, List<CatalogEntry>> added;
    private final ScreenId productsScreen;
    private final Activity activity;
    private final StringProperty keys = new SimpleStringProperty(this, "keys", "");
    private final ReadOnlyStringWrapper keysError = new ReadOnlyStringWrapper(this, "keysError", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final FormCheck agreement = FormCheck.mustBeTicked("eulaCheck", "check.eula.required");
    private final Form agreementForm = Form.checking(agreement);
    private final ReadOnlyObjectWrapper<String> checkedText = new ReadOnlyObjectWrapper<>(this, "checkedText");
    private List<BatchKeyService.Line> checked = List.of();
    private final BooleanBinding registrable;
    private final BooleanBinding stale;

    /** {@code added} hears of the keys registered (the desk prints one receipt for them). */
    public BatchKeysViewModel(BatchKeyService service, LegalTexts legal, Session session, Tasks tasks,
                              Navigator navigator, Dialogs dialogs, Messages messages, Clock clock,
                              ProductsViewModel products, BiConsumer<Acting, List<CatalogEntry>> added,
                              ScreenId productsScreen) {
        this.service = service;
        this.legal = legal;
        this.session = session;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.products = products;
        this.added = added;
        this.productsScreen = productsScreen;
        this.activity = new Activity(tasks, messages, BatchKeysViewModel.class);
        this.registrable = Bindings.createBooleanBinding(() -> keys.get().equals(checkedText.get())
                && rows.stream().anyMatch(Row::good), keys, checkedText, rows);
        this.stale = Bindings.createBooleanBinding(() -> checkedText.get() != null
                && !keys.get().equals(checkedText.get()), keys, checkedText);
        keys.addListener((o, was, now) -> keysError.set(""));
    }

    /** The keys, one per line, as pasted or scanned. */
    public StringProperty keys() {
        return keys;
    }

    public ReadOnlyStringProperty keysError() {
        return keysError.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** 「登録できるキー 7件・登録できないキー 3件」 after 確認. */
    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    /** 使用許諾契約書に同意する ({@code eulaCheck}). */
    public Form agreementForm() {
        return agreementForm;
    }

    /** True when the table shows the keys as they are now and some can be registered. */
    public BooleanBinding registrable() {
        return registrable;
    }

    /** True when the keys were edited after 確認: the table no longer shows them. */
    public BooleanBinding stale() {
        return stale;
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** 使用許諾契約書 (the link): the agreement to read. */
    public void showAgreement() {
        dialogs.showText(messages.get("check.eula.dialogTitle"), legal.agreement());
    }

    /** 確認: each line checked; nothing is written. */
    public void check() {
        List<String> lines = keys.get().lines().toList();
        if (!validLines(lines)) {
            return;
        }
        String text = keys.get();
        Acting acting = session.require();
        activity.runFor(session, acting, "Checking the batch of keys", () -> service.check(acting, lines),
                found -> show(found, text));
    }

    /** 登録: the good lines, together, once the agreement is accepted. */
    public void register() {
        if (!registrable.get() || activity.isBusy()) {
            return;
        }
        if (!agreement.validate(messages)) {
            activity.banner().fieldsNeedAttention(messages, agreementForm);
            return;
        }
        List<String> lines = keys.get().lines().toList();
        String text = keys.get();
        List<BatchKeyService.Line> seen = checked;
        Acting acting = session.require();
        AgreementAcceptance acceptance = new AgreementAcceptance(legal.agreementVersion(), clock.instant());
        activity.runFor(session, acting, "Registering the batch of keys",
                () -> service.register(acting, lines, seen, acceptance), entries -> {
                    clear();
                    products.added(acting, entries);
                    products.announce(messages.get("batch.registered", entries.size()));
                    navigator.show(productsScreen);
                    added.accept(acting, entries);
                }, failure -> {
                    if (!(failure instanceof BatchKeyService.BatchChanged changed)) {
                        return false;
                    }
                    show(changed.lines(), text);
                    activity.banner().error(messages.get("batch.changed"));
                    return true;
                });
    }

    /** キャンセル: back to the products, the keys kept for a return. */
    public void cancel() {
        activity.banner().clear();
        navigator.show(productsScreen);
    }

    @Override
    public void clear() {
        keys.set("");
        rows.clear();
        checked = List.of();
        checkedText.set(null);
        count.set("");
        agreementForm.clear();
        keysError.set("");
        activity.banner().clear();
    }

    private boolean validLines(List<String> lines) {
        long given = lines.stream().filter(line -> !line.isBlank()).count();
        Problem problem = given == 0 ? Problem.of("batch.error.empty")
                : given > BatchKeyService.MOST ? Problem.of("batch.error.tooMany", String.valueOf(BatchKeyService.MOST),
                String.valueOf(given)) : null;
        if (problem == null) {
            return true;
        }
        keysError.set(messages.get(problem.messageKey(), problem.args().toArray()));
        activity.banner().fieldsNeedAttention(messages, Form.of(), keysError);
        return false;
    }

    private void show(List<BatchKeyService.Line> found, String text) {
        checked = List.copyOf(found);
        rows.setAll(found.stream().map(this::row).toList());
        checkedText.set(text);
        long good = found.stream().filter(line -> line.outcome().isGood()).count();
        count.set(messages.get("batch.count", String.valueOf(good), String.valueOf(found.size() - good)));
        activity.banner().clear();
    }

    private Row row(BatchKeyService.Line line) {
        String outcome = switch (line.outcome()) {
            case OK -> messages.get("batch.outcome.ok");
            case WRONG_SHAPE -> messages.get("batch.outcome.shape");
            case UNKNOWN -> messages.get("batch.outcome.unknown");
            case ALREADY_REGISTERED_HERE -> messages.get("batch.outcome.registeredHere");
            case ALREADY_REGISTERED -> messages.get("batch.outcome.registered");
            case TWICE -> messages.get("batch.outcome.twice", String.valueOf(line.firstLine()));
            case EXPIRED -> messages.get("batch.outcome.expired");
        };
        return new Row(line.number(), line.typed(), outcome, line.entry().map(CatalogEntry::product).orElse(""),
                line.entry().map(entry -> Formats.date(entry.expires())).orElse(""), line.outcome().isGood());
    }
}
