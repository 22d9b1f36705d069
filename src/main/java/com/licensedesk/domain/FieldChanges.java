package com.licensedesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which fields a change touched, with their old and new values: for the audit record and the confirmation mail.
 * Fields are named as the domain names them ({@code companyName}, {@code support.phone}), not by screen ids.
 */
public final class FieldChanges {
    /** One field, before and after. */
    public record Change(String field, String before, String after) {
    }

    private final List<Change> changes = new ArrayList<>();

    public FieldChanges compare(String field, Object before, Object after) {
        String was = Objects.toString(before, "");
        String now = Objects.toString(after, "");
        if (!was.equals(now)) {
            changes.add(new Change(field, was, now));
        }
        return this;
    }

    /** Takes another record's changes in under their own names. */
    public FieldChanges include(FieldChanges other) {
        changes.addAll(other.changes);
        return this;
    }

    /** Takes another record's changes in, each field named {@code prefix.field}. */
    public FieldChanges include(String prefix, FieldChanges other) {
        other.changes.forEach(c -> changes.add(new Change(prefix + "." + c.field(), c.before(), c.after())));
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }

    /** {@code companyName: "A" -> "B"; …} */
    public String auditDetail() {
        return changes.stream()
                .map(c -> c.field() + ": \"" + c.before() + "\" -> \"" + c.after() + "\"")
                .collect(Collectors.joining("; "));
    }

    /** The message key of a field's label: {@code supportContact.phone} is 電話番号, {@code user.name} 担当者（氏名）. */
    public static String labelKey(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return switch (name) {
            case "name" -> "form.contactName";
            case "nameKana" -> "form.contactNameKana";
            default -> "form." + name;
        };
    }
}
