package com.licensedesk.ui.form;

import com.licensedesk.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.value.ObservableStringValue;

/** The fields and check boxes of a form or of one section of it, in screen order. */
public final class Form {
    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final List<FormCheck> checks;

    public Form(Collection<FormField> fields) {
        this(fields, List.of());
    }

    public Form(Collection<FormField> fields, Collection<FormCheck> checks) {
        fields.forEach(this::add);
        this.checks = List.copyOf(checks);
        Set<String> ids = new HashSet<>(this.fields.keySet());
        for (FormCheck check : this.checks) {
            if (!ids.add(check.id())) {
                throw new IllegalArgumentException("Two inputs are named " + check.id());
            }
        }
    }

    public static Form of(FormField... fields) {
        return new Form(List.of(fields));
    }

    /** A form of check boxes only, such as the agreement on 製品情報を確認. */
    public static Form checking(FormCheck... checks) {
        return new Form(List.of(), List.of(checks));
    }

    public static Form joining(Form... forms) {
        List<FormField> all = new ArrayList<>();
        List<FormCheck> allChecks = new ArrayList<>();
        for (Form form : forms) {
            all.addAll(form.fields());
            allChecks.addAll(form.checks());
        }
        return new Form(all, allChecks);
    }

    private void add(FormField field) {
        if (fields.putIfAbsent(field.id(), field) != null) {
            throw new IllegalArgumentException("Two fields are named " + field.id());
        }
    }

    public Collection<FormField> fields() {
        return fields.values();
    }

    public List<FormCheck> checks() {
        return checks;
    }

    public FormField field(String id) {
        return Optional.ofNullable(fields.get(id)).orElseThrow(() -> new IllegalArgumentException("No field " + id));
    }

    public FormCheck check(String id) {
        return checks.stream().filter(check -> check.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No check box " + id));
    }

    /** Checks every field and box, shows each one's reason, and says how many need attention. */
    public int validate(Messages messages) {
        int refused = 0;
        for (FormField field : fields.values()) {
            if (!field.validate(messages)) {
                refused++;
            }
        }
        for (FormCheck check : checks) {
            if (!check.validate(messages)) {
                refused++;
            }
        }
        return refused;
    }

    /** The reason of every field and box, empty where there is none: what the banner counts. */
    public List<ObservableStringValue> errors() {
        return Stream.concat(fields.values().stream().map(FormField::error), checks.stream().map(FormCheck::error))
                .map(ObservableStringValue.class::cast).toList();
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.text().set("");
            f.clearError();
        });
        checks.forEach(FormCheck::clear);
    }
}
