package com.licensedesk.ui.form;

import com.licensedesk.i18n.Messages;
import com.licensedesk.domain.FieldRule;
import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input of a form: what was typed, and why it is refused if it is. The id is the control's {@code fx:id}. Rules
 * run on the cleaned-up value and only when something was typed; an empty required field says so instead. A rule that
 * compares with another field (a confirmation, the two parts of a phone number) reads that field's value itself.
 */
public final class FormField {
    private final String id;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanSupplier active;
    private final BooleanSupplier required;
    private final String requiredKey;
    private final UnaryOperator<String> cleanUp;
    private final List<FieldRule> rules;
    private final List<String> choices;
    private final Choices.TypeAhead typeAhead;
    private final Choices.Shown shown;

    private FormField(Builder builder) {
        this.id = builder.id;
        this.active = builder.active;
        this.required = builder.required;
        this.requiredKey = builder.requiredKey;
        this.cleanUp = builder.cleanUp;
        this.rules = List.copyOf(builder.rules);
        this.choices = builder.choices;
        this.typeAhead = builder.typeAhead;
        this.shown = builder.shown;
    }

    public static Builder named(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    /** What the person typed, kept as typed. */
    public StringProperty text() {
        return text;
    }

    /** The reason this field is refused, in the user's language; empty when it is fine. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The values to choose from, for a field chosen from a list (a prefecture); empty for a typed field. */
    public List<String> choices() {
        return choices;
    }

    /** The choice a person means by what they typed on the list, if any (「おお」 for 大阪府). */
    public Optional<String> typedAhead(String typed) {
        return typeAhead.choice(typed);
    }

    /** A choice as the screen shows it, in the screen's language. */
    public String shown(String choice, Locale language) {
        return shown.text(choice, language);
    }

    public boolean isActive() {
        return active.getAsBoolean();
    }

    /** The cleaned-up value to store: trimmed, and folded to half width where the field's rule wants that. */
    public String value() {
        return cleanUp.apply(text.get() == null ? "" : text.get());
    }

    public Optional<Problem> problem() {
        if (!isActive()) {
            return Optional.empty();
        }
        String value = value();
        if (value.isEmpty()) {
            return required.getAsBoolean() ? Optional.of(Problem.of(requiredKey)) : Optional.empty();
        }
        for (FieldRule rule : rules) {
            Optional<Problem> problem = rule.check(value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * Checks the field and shows the reason if it is refused; true when it is fine. The text is tidied first, visibly
     * (フリガナ in katakana, a postal code with its hyphen, full-width digits in a phone number made half width).
     */
    public boolean validate(Messages messages) {
        String cleaned = value();
        if (isActive() && !cleaned.equals(text.get() == null ? "" : text.get())) {
            text.set(cleaned);
        }
        Optional<Problem> problem = problem();
        error.set(problem.map(messages::get).orElse(""));
        return problem.isEmpty();
    }

    /** Shows a reason found outside the field's own rules, such as a login ID already taken. */
    public void refuse(String message) {
        error.set(message);
    }

    public void clearError() {
        error.set("");
    }

    public boolean hasError() {
        return !error.get().isEmpty();
    }

    public static final class Builder {
        private final String id;
        private BooleanSupplier active = () -> true;
        private BooleanSupplier required = () -> false;
        private String requiredKey = "validation.required";
        private UnaryOperator<String> cleanUp = String::strip;
        private final List<FieldRule> rules = new ArrayList<>();
        private List<String> choices = List.of();
        private Choices.TypeAhead typeAhead = typed -> Optional.empty();
        private Choices.Shown shown = (choice, language) -> choice;

        private Builder(String id) {
            this.id = id;
        }

        /** The field's rules as its feature defines them once, for the form and the service alike. */
        public Builder spec(FieldSpec spec) {
            return spec(spec, Locale.JAPANESE);
        }

        /** As {@link #spec(FieldSpec)}, tidied as a screen in {@code language} tidies it. */
        public Builder spec(FieldSpec spec, Locale language) {
            if (spec.required()) {
                required();
            }
            this.cleanUp = spec.cleanUp(language);
            this.rules.addAll(spec.rules());
            return this;
        }

        public Builder required() {
            this.required = () -> true;
            return this;
        }

        /** Required, with a reason of its own for an empty field, such as 製品キーを入力してください。. */
        public Builder required(String messageKey) {
            this.required = () -> true;
            this.requiredKey = messageKey;
            return this;
        }

        /** Required only while the condition holds, such as a fax area code once a fax number is typed. */
        public Builder requiredWhen(BooleanSupplier condition) {
            this.required = condition;
            return this;
        }

        /** Checked at all only while the condition holds, such as a section behind a check box. */
        public Builder activeWhen(BooleanSupplier condition) {
            this.active = condition;
            return this;
        }

        public Builder cleanUp(UnaryOperator<String> cleanUp) {
            this.cleanUp = cleanUp;
            return this;
        }

        public Builder rules(FieldRule... rules) {
            this.rules.addAll(List.of(rules));
            return this;
        }

        /** Chosen from these values rather than typed. */
        public Builder choices(List<String> values) {
            this.choices = List.copyOf(values);
            return this;
        }

        /** How typing on the list finds a choice, and how a choice is shown in a language. */
        public Builder typeAhead(Choices.TypeAhead find, Choices.Shown show) {
            this.typeAhead = find;
            this.shown = show;
            return this;
        }

        public FormField build() {
            return new FormField(this);
        }
    }
}
