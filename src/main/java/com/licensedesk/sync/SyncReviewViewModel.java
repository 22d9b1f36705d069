package com.licensedesk.sync;

import com.licensedesk.domain.InvalidInput;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 同期の確認: the kiosks' entries home could not apply as they stand, each with the kiosk's side and home's, and
 * the answers that fit it: add the key to the existing customer, register under another login ID, take a record's
 * fields from the kiosk, or reject with a reason.
 */
public final class SyncReviewViewModel implements PersonalData {

    /** One waiting entry as the table lists it. */
    public record Row(long id, String kiosk, long sequence, String entered, String customer, String conflict) {
    }

    /** A field 項目ごとに反映 may take from the kiosk: its path in the record, and its label with both values. */
    public record FieldChoice(String path, String text) {
    }

    private final SyncReview review;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Activity activity;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ShownFields shown;
    private final ObservableList<FieldChoice> differingFields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper kioskSide = new ReadOnlyStringWrapper(this, "kioskSide", "");
    private final ReadOnlyStringWrapper homeSide = new ReadOnlyStringWrapper(this, "homeSide", "");
    private final ReadOnlyBooleanWrapper canAddToExisting = new ReadOnlyBooleanWrapper(this, "addToExisting");
    private final ReadOnlyBooleanWrapper canRegisterAnew = new ReadOnlyBooleanWrapper(this, "registerAnew");
    private final ReadOnlyBooleanWrapper canApplyFields = new ReadOnlyBooleanWrapper(this, "applyFields");
    private final ReadOnlyBooleanWrapper canReject = new ReadOnlyBooleanWrapper(this, "reject");
    private final FormField rejectReason = FormField.named("rejectReasonField").spec(SyncReview.REJECT_REASON)
            .build();
    private final Form form = Form.of(rejectReason);
    private List<ReceivedEntries.Waiting> waiting = List.of();
    private Optional<ReceivedEntries.Waiting> selected = Optional.empty();
    private Optional<Long> existing = Optional.empty();

    public SyncReviewViewModel(SyncReview review, Session session, Tasks tasks, Dialogs dialogs, Messages messages) {
        this.review = review;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.shown = new ShownFields(messages);
        this.activity = new Activity(tasks, messages, SyncReviewViewModel.class);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The record's fields whose kiosk and home values differ: those 項目ごとに反映 may take from the kiosk. */
    public ObservableList<FieldChoice> differingFields() {
        return differingFields;
    }

    public ReadOnlyStringProperty kioskSide() {
        return kioskSide.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty homeSide() {
        return homeSide.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddToExisting() {
        return canAddToExisting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRegisterAnew() {
        return canRegisterAnew.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyFields() {
        return canApplyFields.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReject() {
        return canReject.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** The screen is shown: what waits now. */
    public void shown() {
        activity.banner().clear();
        load(done -> { });
    }

    /** A row chosen in the table (none: {@code null}): its two sides and the answers that fit it. */
    public void select(Row row) {
        selected = row == null ? Optional.empty()
                : waiting.stream().filter(w -> w.entry().id() == row.id()).findFirst();
        rejectReason.text().set("");
        differingFields.clear();
        kioskSide.set("");
        homeSide.set("");
        existing = Optional.empty();
        updateAnswers(Optional.empty());
        selected.ifPresent(chosen -> activity.run("SyncReview", () -> sides(chosen.entry()), sides -> {
            String loginLine = chosen.entry().loginId().map(login -> shown.label("loginId") + ": " + login + "\n")
                    .orElse("");
            kioskSide.set(loginLine + shown.lines(sides.kiosk()));
            // A record is home's under the same login ID: said on both sides, so that their lines stand side by side.
            homeSide.set((sides.isRecord() ? loginLine : "") + shown.lines(sides.home()));
            existing = sides.existing();
            differingFields.setAll(sides.differing().stream().map(field -> new FieldChoice(field,
                    messages.get("syncReview.field.choice", shown.label(field),
                            shown.value(sides.kiosk().get(field)), shown.value(sides.home().getOrDefault(field, "")))))
                    .toList());
            updateAnswers(Optional.of(sides));
        }));
    }

    private record Sides(Map<String, String> kiosk, Map<String, String> home, Optional<Long> existing,
                         boolean isRecord, boolean isRegistration, List<String> differing) {
    }

    private Sides sides(ReceivedEntry entry) {
        Optional<SyncReview.SidesOfARecord> record = review.sides(entry);
        Map<String, String> kiosk = record.map(SyncReview.SidesOfARecord::kiosk)
                .orElseGet(() -> FieldMerge.fields(entry.command()));
        Map<String, String> home = record.map(SyncReview.SidesOfARecord::home).orElseGet(() -> review.homeFields(entry));
        // In the record's order, as the customer screens list the fields.
        List<String> differing = record.isEmpty() ? List.of() : kiosk.keySet().stream()
                .filter(field -> !Objects.equals(kiosk.get(field), home.get(field))).toList();
        return new Sides(kiosk, home, review.existingCustomer(entry), record.isPresent(),
                review.kioskSide(entry) instanceof com.licensedesk.registration.RegisterCustomer, differing);
    }

    private void updateAnswers(Optional<Sides> sides) {
        canReject.set(sides.isPresent());
        canAddToExisting.set(sides.map(s -> s.isRegistration() && s.existing().isPresent()).orElse(false));
        // Another login ID helps a registration whose login ID or company stood in the way, not one whose key did.
        boolean keyTaken = selected.flatMap(w -> w.entry().conflict())
                .map(conflict -> conflict == ReceivedEntry.Conflict.KEY_TAKEN).orElse(false);
        canRegisterAnew.set(sides.map(Sides::isRegistration).orElse(false) && !keyTaken);
        canApplyFields.set(sides.map(Sides::isRecord).orElse(false));
    }

    /** 既存のお客様に追加: the registration's key goes to the customer home has. */
    public void addToExisting() {
        selected.ifPresent(chosen -> existing.ifPresent(account -> answer(chosen, actor ->
                review.addToExisting(actor, chosen.entry().id(), account), "syncReview.done.added")));
    }

    /** 別のログインIDで登録: asks for the new login ID; the customer is mailed it. */
    public void registerWithNewLoginId() {
        selected.ifPresent(chosen -> dialogs.askLine(messages.get("syncReview.newLoginId.title"),
                messages.get("syncReview.newLoginId.question"), messages.get("syncReview.newLoginId.field"))
                .ifPresent(loginId -> answer(chosen, actor ->
                        review.registerWithNewLoginId(actor, chosen.entry().id(), loginId),
                        "syncReview.done.registered")));
    }

    /** 項目ごとに反映: the fields ticked taken from the kiosk, the others kept as home has them. */
    public void applyFields(Set<String> fromKiosk) {
        selected.ifPresent(chosen -> answer(chosen, actor ->
                review.applyFields(actor, chosen.entry().id(), Set.copyOf(fromKiosk)), "syncReview.done.applied"));
    }

    /** 却下: with the reason typed, which the customer of a registration is mailed. */
    public void reject() {
        if (selected.isEmpty() || !activity.validate(form)) {
            return;
        }
        String reason = rejectReason.value();
        answer(selected.get(), actor -> review.reject(actor, selected.get().entry().id(), reason),
                "syncReview.done.rejected");
    }

    private void answer(ReceivedEntries.Waiting chosen, Consumer<Actor> work, String doneKey) {
        Actor actor = session.staff().map(StaffMember::actor).orElseThrow();
        activity.run("SyncReview", () -> {
            work.accept(actor);
            return true;
        }, done -> load(loaded -> activity.banner().success(messages.get(doneKey, chosen.kioskName(),
                chosen.entry().sequence()))), failed -> {
            if (failed instanceof InvalidInput invalid) {
                activity.banner().error(messages.get("syncReview.error.invalid"));
            } else if (failed instanceof SyncReview.NotApplicable) {
                activity.banner().error(messages.get("syncReview.error.settled"));
                load(loaded -> { });
            } else {
                activity.failed("SyncReview", failed);
            }
        });
    }

    private void load(Consumer<Void> then) {
        activity.run("SyncReview", review::waiting, loaded -> {
            waiting = loaded;
            rows.setAll(loaded.stream().map(w -> new Row(w.entry().id(), w.kioskName(), w.entry().sequence(),
                    Formats.dateTime(w.entry().enteredAt()), w.entry().loginId().orElse(""),
                    messages.get(labelKey(w.entry().conflict().orElse(ReceivedEntry.Conflict.INVALID_DATA)))))
                    .toList());
            select(null);
            then.accept(null);
        });
    }

    private static String labelKey(ReceivedEntry.Conflict conflict) {
        return switch (conflict) {
            case KEY_TAKEN -> "syncReview.conflict.keyTaken";
            case LOGIN_ID_TAKEN -> "syncReview.conflict.loginIdTaken";
            case SAME_COMPANY -> "syncReview.conflict.sameCompany";
            case CHANGED_AT_HOME -> "syncReview.conflict.changedAtHome";
            case NO_SUCH_CUSTOMER -> "syncReview.conflict.noSuchCustomer";
            case INVALID_DATA -> "syncReview.conflict.invalidData";
        };
    }

    @Override
    public void clear() {
        rows.clear();
        waiting = List.of();
        select(null);
        form.clear();
        activity.banner().clear();
    }
}
