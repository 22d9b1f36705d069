package com.licensedesk.change;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Commands as the journal and the kiosks' bundles hold them: JSON with the command's type name, in a format whose
 * version is {@link #FORMAT_VERSION}. Each command type is registered under a stable name (its simple class name),
 * never the Java class, so that a rename in the code does not break a bundle written before it. A reader refuses a
 * format newer than its own.
 */
public final class CommandJson {
    /** 1: the first format. Raise it when a command's fields change in a way an older reader cannot follow. */
    public static final int FORMAT_VERSION = 1;

    /** Put on Command for Jackson, so that the feature's records need no annotation of their own. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface Typed {
    }

    private static final TypeReference<List<HeldMail>> MAILS = new TypeReference<>() {
    };

    private final Map<String, Class<? extends Command>> types = new LinkedHashMap<>();
    /** Built at the first command written or read: Jackson's start is a good part of the desk's, and waits till then. */
    private volatile ObjectMapper mapper;

    public CommandJson(Iterable<Class<? extends Command>> commandTypes) {
        for (Class<? extends Command> type : commandTypes) {
            if (types.putIfAbsent(type.getSimpleName(), type) != null) {
                throw new IllegalArgumentException("Two command types named " + type.getSimpleName());
            }
        }
    }

    private ObjectMapper mapper() {
        ObjectMapper built = mapper;
        if (built == null) {
            synchronized (this) {
                built = mapper;
                if (built == null) {
                    built = JsonMapper.builder()
                            .addModule(new Jdk8Module())
                            .addModule(new JavaTimeModule())
                            .addMixIn(Command.class, Typed.class)
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                            // A field an older writer did not have is absent, one it had that we dropped is ignored.
                            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .build();
                    for (Map.Entry<String, Class<? extends Command>> type : types.entrySet()) {
                        built.registerSubtypes(new NamedType(type.getValue(), type.getKey()));
                    }
                    mapper = built;
                }
            }
        }
        return built;
    }

    /** The name a command is written under. */
    public String typeName(Command command) {
        return command.getClass().getSimpleName();
    }

    public Map<String, Class<? extends Command>> types() {
        return Map.copyOf(types);
    }

    public String write(Command command) {
        if (!types.containsKey(typeName(command))) {
            throw new IllegalArgumentException("Not a registered command type: " + command.getClass().getName());
        }
        try {
            return mapper().writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + typeName(command), e);
        }
    }

    /** A command written in {@code formatVersion}; empty when that format is newer than this reader's. */
    public Optional<Command> read(String json, int formatVersion) {
        if (formatVersion > FORMAT_VERSION) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper().readValue(json, Command.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a command of format " + formatVersion + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A kiosk entry's held mails, as the journal and the bundles hold them. */
    public String writeMails(List<HeldMail> mails) {
        try {
            return mapper().writerFor(MAILS).writeValueAsString(mails);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the held mails", e);
        }
    }

    public List<HeldMail> readMails(String json) {
        try {
            return List.copyOf(mapper().readValue(json, MAILS));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a list of held mails: " + e.getOriginalMessage(), e);
        }
    }
}
