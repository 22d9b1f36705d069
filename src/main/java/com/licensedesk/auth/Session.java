package com.licensedesk.auth;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Who is signed in on this window, if anyone. */
public final class Session {
    /** The signed-in account. */
    public record SignedIn(long accountId, String loginId) {
    }

    private final ReadOnlyObjectWrapper<Optional<SignedIn>> current =
            new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());

    public void signIn(long accountId, String loginId) {
        current.set(Optional.of(new SignedIn(accountId, loginId)));
    }

    public void end() {
        current.set(Optional.empty());
    }

    public Optional<SignedIn> current() {
        return current.get();
    }

    public SignedIn require() {
        return current.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public ReadOnlyObjectProperty<Optional<SignedIn>> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
