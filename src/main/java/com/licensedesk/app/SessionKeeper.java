package com.licensedesk.app;

import com.licensedesk.auth.PasswordChangeWatch;
import com.licensedesk.domain.StorageTrouble;
import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Tasks;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a person is gone: after the idle time, at ログアウト, when the password was changed on another desk, and at a
 * kiosk after the idle time even with nobody signed in. It clears what the registered view models hold.
 */
final class SessionKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SessionKeeper.class);

    /** Why a session ended, said on the login screen (the staff sign-in for an operator). */
    enum SignOutReason { LOGOUT, IDLE, PASSWORD_CHANGED_ELSEWHERE }

    /** Where an operator goes when they sign out or stop acting for a customer. */
    interface StaffExits {
        void signedOut(SignOutReason reason);

        void actingEnded();
    }

    private final Session session;
    private final IdleWatch idle;
    private final Tasks tasks;
    private final PasswordChangeWatch passwords;
    private final Navigator navigator;
    private final boolean kiosk;
    private final Consumer<SignOutReason> signedOut;
    private final Runnable closeDialogs;
    private final Runnable sessionEnded;
    private StaffExits staffExits;
    private List<PersonalData> personalData = List.of();
    private ScreenId current = RegistrationScreens.START;
    private boolean startHasInput;
    /** When this window's session began, or this window last changed the password: a later change ends it. */
    /** The account's credentials version this session holds to; unknown (-1) until read in the background. */
    private int validVersion = UNKNOWN;
    private static final int UNKNOWN = -1;
    private int ticks;

    SessionKeeper(Session session, IdleWatch idle, Tasks tasks, PasswordChangeWatch passwords,
                  Navigator navigator, boolean kiosk, Consumer<SignOutReason> signedOut, Runnable closeDialogs,
                  Runnable sessionEnded) {
        this.session = session;
        this.idle = idle;
        this.tasks = tasks;
        this.passwords = passwords;
        this.navigator = navigator;
        this.kiosk = kiosk;
        this.signedOut = signedOut;
        this.closeDialogs = closeDialogs;
        this.sessionEnded = sessionEnded;
    }

    void clears(List<PersonalData> viewModels, StaffExits exits) {
        personalData = List.copyOf(viewModels);
        staffExits = exits;
    }

    /** An operator signed in: the desk is theirs until they sign out or the idle time passes. */
    void beginStaff(StaffMember member) {
        idle.touch();
        session.signInStaff(member);
    }

    /** 操作を終了: the customer's screens close and clear; the operator stays signed in. */
    void endActing() {
        closeCustomer();
        staffExits.actingEnded();
    }

    /** The customer's screens close and clear, and the desk goes where the operator asked. */
    void closeCustomer() {
        end(false);
    }

    /** Key or mouse input on the window. */
    void touched() {
        idle.touch();
        startHasInput = startHasInput || current.equals(RegistrationScreens.START);
    }

    void showing(ScreenId screen) {
        current = screen;
    }

    /** A customer signed in, or an operator began acting for one. */
    void begin(Acting acting) {
        idle.touch();
        session.begin(acting);
        holdToCurrentPassword(acting);
    }

    /** This window changed the password itself: that change does not end the session. */
    void passwordChangedHere(Instant at) {
        session.current().ifPresent(this::holdToCurrentPassword);
    }

    private void holdToCurrentPassword(Acting acting) {
        validVersion = UNKNOWN;
        tasks.run(() -> passwords.version(acting.accountId()), version -> {
            if (session.isCurrent(acting)) {
                validVersion = version;
            }
        }, failure -> logged("Could not read the account's credentials version", failure));
    }

    /** Every second: the idle time; every tenth: whether the password was changed on another desk. */
    void tick() {
        if (kiosk && idle.isIdle() && (!current.equals(RegistrationScreens.START) || startHasInput)) {
            startOver();
            return;
        }
        if (session.staff().isPresent() && idle.isIdle()) {
            signOutStaff(SignOutReason.IDLE);
            return;
        }
        if (session.current().isEmpty() || session.staff().isPresent()) {
            return; // an operator acting for a customer is not signed out by the customer's password change
        }
        if (idle.isIdle()) {
            signOut(SignOutReason.IDLE);
            return;
        }
        if (++ticks % 10 == 0 && validVersion != UNKNOWN) {
            Acting checked = session.require();
            int since = validVersion;
            tasks.run(() -> passwords.changedSince(checked.accountId(), since), changed -> {
                if (changed && session.isCurrent(checked)) {
                    signOut(SignOutReason.PASSWORD_CHANGED_ELSEWHERE);
                }
            }, failure -> logged("Could not check the account's password", failure));
        }
    }

    /** Storage trouble in a line: the store logged its trace when it began, and these checks come again soon. */
    private static void logged(String what, Throwable failure) {
        if (StorageTrouble.in(failure).isPresent()) {
            LOG.warn("{}: {}", what, failure.getMessage());
        } else {
            LOG.warn(what, failure);
        }
    }

    /** The session ends: every screen with the account's data is closed and cleared. */
    void signOut(SignOutReason reason) {
        end(false);
        signedOut.accept(reason);
    }

    /** The operator signs out: every screen of the desk and of any customer is cleared. */
    void signOutStaff(SignOutReason reason) {
        session.endStaff();
        end(true);
        staffExits.signedOut(reason);
    }

    /** Back to the Start screen with every field of every screen empty, for the next person. */
    void startOver() {
        end(true);
        startHasInput = false;
        idle.touch();
        navigator.show(RegistrationScreens.START);
    }

    private void end(boolean everything) {
        session.end();
        personalData.stream().filter(data -> everything || data.endsWithSession()).forEach(PersonalData::clear);
        closeDialogs.run();
        // Whatever the last person copied stays on this machine otherwise.
        Clipboard.getSystemClipboard().clear();
        // A kiosk's work goes towards home when each person is done, not only when someone thinks of it.
        sessionEnded.run();
    }
}
