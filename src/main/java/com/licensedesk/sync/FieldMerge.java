package com.licensedesk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A saved record's fields side by side, the kiosk's and home's, as their commands' JSON holds them: each field by
 * its path ({@code contractor.companyName}), and a merge that takes the chosen fields from the kiosk and every other
 * from home (with home's version, so the save is made on what home has now). A phone number and a product key are
 * one field each, as the screens show them: an area code taken without its number would make no number at all.
 */
final class FieldMerge {
    /**
     * Not the record's data (who it is for, which version it was made from) or not to be shown at all (a password's
     * hash is no one's to read, nor to choose).
     */
    private static final Set<String> NOT_CHOSEN = Set.of("type", "accountId", "loginId", "version", "passwordHash");
    private static final Set<String> WHOLE = Set.of("phone", "fax", "key");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FieldMerge() {
    }

    /** Every field of the command's JSON with its value as text, in the record's order. */
    static Map<String, String> fields(String commandJson) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", tree(commandJson), fields);
        return fields;
    }

    /** Home's command with the fields at {@code fromKiosk} taken from the kiosk's. */
    static String merge(String homeJson, String kioskJson, Set<String> fromKiosk) {
        ObjectNode home = (ObjectNode) tree(homeJson);
        JsonNode kiosk = tree(kioskJson);
        for (String path : fromKiosk) {
            if (NOT_CHOSEN.contains(path)) {
                continue;
            }
            String[] parts = path.split("\\.");
            ObjectNode homeParent = home;
            JsonNode kioskParent = kiosk;
            for (int i = 0; i < parts.length - 1 && homeParent != null; i++) {
                homeParent = homeParent.get(parts[i]) instanceof ObjectNode next ? next : null;
                kioskParent = kioskParent.path(parts[i]);
            }
            String last = parts[parts.length - 1];
            if (homeParent != null && kioskParent.has(last)) {
                homeParent.set(last, kioskParent.get(last).deepCopy());
            }
        }
        return home.toString();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            if (prefix.isEmpty() && NOT_CHOSEN.contains(path)) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isObject() && WHOLE.contains(field.getKey())) {
                into.put(path, whole(value));
            } else if (value.isObject()) {
                flatten(path + ".", value, into);
            } else {
                into.put(path, value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString());
            }
        }
    }

    /** A phone number as typed on the screens (03-53949600), a product key as its text. */
    private static String whole(JsonNode value) {
        if (value.has("area")) {
            return value.path("area").asText() + "-" + value.path("number").asText();
        }
        return value.path("value").asText(value.toString());
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a command's JSON", e);
        }
    }
}
