package com.licensedesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's details read back into their parts, for showing them in the person's words. The stored form stays as it
 * was written (old entries too); this only reads it. Three forms are stored: the fields a save changed
 * ({@code contractor.companyName: "A" -> "B"; …}), named values ({@code key=…; product=…}), and a short phrase
 * ({@code wrong password}, {@code valid until …}). Whatever fits none of them is kept as a phrase, as written.
 */
public record AuditDetail(List<Part> parts) {

    /** One part of the details. */
    public sealed interface Part {
    }

    /** A field a save changed, named as the form names it ({@code supportContact.phone}), before and after. */
    public record Changed(String field, String before, String after) implements Part {
    }

    /** A named value, such as {@code key} and the product key. */
    public record Named(String name, String value) implements Part {
    }

    /** A phrase, or text that fits no other form. */
    public record Said(String text) implements Part {
    }

    private static final Pattern CHANGE = Pattern.compile(
            "([A-Za-z][\\w.]*): \"(.*?)\" -> \"(.*?)\"(?:; (?=[A-Za-z][\\w.]*: \")|$)", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile("([a-z][A-Za-z]*)=(.*)", Pattern.DOTALL);
    /* Parts are joined by "; "; a restore's detail joined its two with a space ("file=… schema=…"). */
    private static final Pattern SEPARATOR = Pattern.compile("; |\\s(?=schema=)");
    private static final String VALID_UNTIL = "valid until ";

    public static AuditDetail read(String stored) {
        if (stored == null || stored.isBlank()) {
            return new AuditDetail(List.of());
        }
        List<Part> changes = changes(stored);
        if (!changes.isEmpty()) {
            return new AuditDetail(changes);
        }
        if (stored.startsWith(VALID_UNTIL)) {
            return new AuditDetail(List.of(new Named("validUntil", stored.substring(VALID_UNTIL.length()))));
        }
        if (!NAMED.matcher(stored).lookingAt()) {
            return new AuditDetail(List.of(new Said(stored)));
        }
        List<Part> parts = new ArrayList<>();
        for (String piece : SEPARATOR.split(stored)) {
            Matcher named = NAMED.matcher(piece);
            if (named.matches()) {
                parts.add(new Named(named.group(1), named.group(2)));
            } else if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Named previous) {
                // A typed value (a reason) that held "; " itself: it goes on with the part before.
                parts.set(parts.size() - 1, new Named(previous.name(), previous.value() + "; " + piece));
            } else {
                parts.add(new Said(piece));
            }
        }
        return new AuditDetail(List.copyOf(parts));
    }

    /** The changed fields, when the whole text is in that form; empty otherwise. */
    private static List<Part> changes(String stored) {
        List<Part> changes = new ArrayList<>();
        Matcher change = CHANGE.matcher(stored);
        int at = 0;
        while (at < stored.length() && change.find(at) && change.start() == at) {
            changes.add(new Changed(change.group(1), change.group(2), change.group(3)));
            at = change.end();
        }
        return at == stored.length() ? List.copyOf(changes) : List.of();
    }
}
