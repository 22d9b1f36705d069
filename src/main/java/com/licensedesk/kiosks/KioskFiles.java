package com.licensedesk.kiosks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/** What the kiosk files carry (enrolment, bundles, replies) as JSON, the payload sealed in them. */
public final class KioskFiles {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A field a newer writer of the same format added is ignored; an older writer's missing one is absent.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private KioskFiles() {
    }

    public static byte[] write(Object payload) {
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + payload.getClass().getSimpleName(), e);
        }
    }

    /** Throws {@link IOException} when the bytes are not a {@code type} (a signed file is not, only from a defect). */
    public static <T> T read(byte[] payload, Class<T> type) throws IOException {
        return MAPPER.readValue(payload, type);
    }

    /** A text field at the top of a JSON object, if it is there: the login ID an entry's command is for. */
    public static Optional<String> textField(String json, String name) {
        try {
            JsonNode node = MAPPER.readTree(json).path(name);
            return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
