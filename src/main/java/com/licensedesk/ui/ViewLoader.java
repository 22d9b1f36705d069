package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a screen's FXML from its view's name: {@code com.licensedesk.registration.StartView} is
 * {@code /fxml/registration/Start.fxml}. The controller comes from the composition root's factory.
 */
public final class ViewLoader {
    private final Messages messages;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** A loaded screen: its root node and its controller. */
    public record Loaded<V>(Parent root, V view) {
    }

    public <V> Loaded<V> load(Class<V> viewClass) {
        return load(viewClass, controllers);
    }

    /** Loads a view whose controller is given here, for a screen shown by more than one flow. */
    public <V> Loaded<V> load(Class<V> viewClass, Supplier<V> controller) {
        return load(viewClass, type -> type == viewClass ? controller.get() : controllers.call(type));
    }

    /** The root of a registered screen, whose view class is known only at run time. */
    public Parent root(Class<?> viewClass, Supplier<?> controller) {
        return loaded(viewClass, controller).root();
    }

    /** A registered screen, loaded, with its view: for a {@link KeptView} that the window keeps. */
    public Loaded<?> loaded(Class<?> viewClass, Supplier<?> controller) {
        return load(viewClass, type -> type == viewClass ? controller.get() : controllers.call(type));
    }

    private <V> Loaded<V> load(Class<V> viewClass, Callback<Class<?>, Object> factory) {
        URL fxml = viewClass.getResource(fxmlPath(viewClass));
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + viewClass.getName() + " at " + fxmlPath(viewClass));
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    static String fxmlPath(Class<?> viewClass) {
        String pkg = viewClass.getPackageName();
        String feature = pkg.substring(pkg.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String name = viewClass.getSimpleName().replaceFirst("View$", "");
        return "/fxml/" + feature + "/" + name + ".fxml";
    }
}
