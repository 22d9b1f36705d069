package com.licensedesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Which fields a change touched, with their old and new values: for the audit record and the confirmation mail. */
public final class FieldChanges {
    /** One field, by its form id, before and after. */
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
}
