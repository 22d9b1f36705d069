package com.licensedesk.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The screens the features declare: each with its view (whose FXML the loader finds by name), how its controller
 * is made, and who may see it. The window looks screens up here and knows none of them.
 */
public final class ScreenRegistry {
    /** Who may see a screen. */
    public enum Access {
        /** Anyone at the window: the Start screen, login, recovery, settings. */
        ANYONE,
        /** Only while an account is open: its customer signed in, or an operator acting for it. */
        ACCOUNT,
        /** Only while a desk operator is signed in: the desk's own screens. */
        STAFF
    }

    /** One declared screen. */
    public record Definition(ScreenId id, Access access, Class<?> view, Supplier<?> controller) {
    }

    private final Map<ScreenId, Definition> screens = new LinkedHashMap<>();
    private final List<PersonalData> personalData = new ArrayList<>();

    public <V> ScreenRegistry add(ScreenId id, Access access, Class<V> view, Supplier<V> controller) {
        if (screens.putIfAbsent(id, new Definition(id, access, view, controller)) != null) {
            throw new IllegalArgumentException("Two screens are named " + id.name());
        }
        return this;
    }

    /** A view model whose data the window clears when its person is gone. */
    public ScreenRegistry holds(PersonalData viewModel) {
        personalData.add(viewModel);
        return this;
    }

    public Definition find(ScreenId id) {
        return Optional.ofNullable(screens.get(id))
                .orElseThrow(() -> new IllegalArgumentException("No screen " + id.name()));
    }

    /** The controller of a view that is not a screen of its own (a dialog, the menu bar), by its class. */
    public Optional<Definition> byView(Class<?> view) {
        return screens.values().stream().filter(d -> d.view() == view).findFirst();
    }

    public List<PersonalData> personalData() {
        return List.copyOf(personalData);
    }
}
