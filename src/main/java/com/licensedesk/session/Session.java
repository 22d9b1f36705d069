package com.licensedesk.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whose account this window works on, if anyone's. Each sign-in (or each start of acting for a customer) makes a new
 * {@link Acting}; work begun for one is recognised as stale once the session moved on, even to the same account, so
 * that a late answer never fills a screen for the next person.
 */
public final class Session {
    private final List<Consumer<Optional<Acting>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Acting current;
    private volatile StaffMember staff;

    /** A desk operator signed in: the desk's screens are open until {@link #endStaff}. */
    public void signInStaff(StaffMember member) {
        staff = member;
    }

    /** The operator signed out (or the idle time passed): any account they had open is closed too. */
    public void endStaff() {
        staff = null;
        if (current != null) {
            end();
        }
    }

    public Optional<StaffMember> staff() {
        return Optional.ofNullable(staff);
    }

    /**
     * Whether the person at this window may change customers' data: the actor on the open account, else the operator
     * signed in, as their role allows (a read-only operator may not); a customer their own, or the one they register.
     * Screens offer changes by it; the services check again.
     */
    public boolean mayChangeCustomers() {
        Acting acting = current;
        Optional<Actor> actor = acting != null ? Optional.of(acting.actor()) : staff().map(StaffMember::actor);
        return actor.map(who -> who.may(Permission.CHANGE_CUSTOMERS)).orElse(true);
    }

    public void begin(Acting acting) {
        current = acting;
        listeners.forEach(listener -> listener.accept(Optional.of(acting)));
    }

    public void end() {
        current = null;
        listeners.forEach(listener -> listener.accept(Optional.empty()));
    }

    public Optional<Acting> current() {
        return Optional.ofNullable(current);
    }

    public Acting require() {
        Acting acting = current;
        if (acting == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return acting;
    }

    /** True while {@code acting} is still this session's: the same sign-in, not merely the same account. */
    public boolean isCurrent(Acting acting) {
        return current == acting;
    }

    /** Told of every begin and end, on the thread that caused it. */
    public void onChange(Consumer<Optional<Acting>> listener) {
        listeners.add(listener);
    }
}
