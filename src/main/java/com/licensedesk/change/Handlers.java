package com.licensedesk.change;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handler of each command type that can come from elsewhere: home replays a kiosk's commands through the very
 * handlers its desks run them with. Filled once by the composition root.
 */
public final class Handlers {
    private final Map<Class<? extends Command>, CommandHandler<?, ?>> byType = new LinkedHashMap<>();

    /** Adds {@code type}'s handler; a type has one. */
    public <C extends Command, R> Handlers with(Class<C> type, CommandHandler<C, R> handler) {
        if (byType.putIfAbsent(type, handler) != null) {
            throw new IllegalArgumentException("Two handlers for " + type.getSimpleName());
        }
        return this;
    }

    public Set<Class<? extends Command>> types() {
        return Set.copyOf(byType.keySet());
    }

    /** The handler of {@code command}'s type; empty for a type that cannot be replayed here. */
    @SuppressWarnings("unchecked")
    public Optional<CommandHandler<Command, ?>> of(Command command) {
        // Filled by with(), which pairs each type with a handler of that type.
        return Optional.ofNullable((CommandHandler<Command, ?>) byType.get(command.getClass()));
    }
}
