package com.licensedesk.ui.form;

import com.licensedesk.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a form or of one section of it, in screen order. */
public final class Form {
    private final Map<String, FormField> fields = new LinkedHashMap<>();

    public Form(Collection<FormField> fields) {
        fields.forEach(this::add);
    }

    public static Form of(FormField... fields) {
        return new Form(List.of(fields));
    }

    public static Form joining(Form... forms) {
        List<FormField> all = new ArrayList<>();
        for (Form form : forms) {
            all.addAll(form.fields());
        }
        return new Form(all);
    }

    private void add(FormField field) {
        if (fields.putIfAbsent(field.id(), field) != null) {
            throw new IllegalArgumentException("Two fields are named " + field.id());
        }
    }

    public Collection<FormField> fields() {
        return fields.values();
    }

    public FormField field(String id) {
        return Optional.ofNullable(fields.get(id)).orElseThrow(() -> new IllegalArgumentException("No field " + id));
    }

    /** Checks every field, shows each one's reason, and says how many need attention. */
    public int validate(Messages messages) {
        int refused = 0;
        for (FormField field : fields.values()) {
            if (!field.validate(messages)) {
                refused++;
            }
        }
        return refused;
    }

    public int errorCount() {
        return (int) fields.values().stream().filter(FormField::hasError).count();
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.text().set("");
            f.clearError();
        });
    }
}
