package com.licensedesk.auth;

import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** 登録情報を入力してください (the login) and password recovery: request, mail sent, reset, done. */
public final class AuthScreens {
    public static final ScreenId LOGIN = new ScreenId("auth/login");
    public static final ScreenId RESET_REQUEST = new ScreenId("auth/resetRequest");
    public static final ScreenId RESET_MAIL_SENT = new ScreenId("auth/resetMailSent");
    public static final ScreenId RESET = new ScreenId("auth/reset");
    public static final ScreenId RESET_DONE = new ScreenId("auth/resetDone");

    private final LoginViewModel login;

    /** Where the login leads outside this feature: a new registration, the settings, and the signed-in account. */
    public record Exits(ScreenId newRegistration, ScreenId settings, Optional<ScreenId> staffSignIn,
                        Consumer<SignInService.Result.SignedIn> signedIn) {
    }

    /** {@code rememberOffered} is false at a kiosk; {@code mailGoesOut} is false on a desk without a mail server. */
    public AuthScreens(ScreenRegistry screens, ScreenContext context, SignInService signIn,
                       PasswordChangeService passwordChange, RememberedLoginId remembered,
                       PasswordResetService reset, BooleanSupplier mailGoesOut, boolean rememberOffered,
                       Exits exits) {
        login = new LoginViewModel(signIn, passwordChange, remembered, context.session(), context.tasks(),
                context.messages(), context.clock(), exits.signedIn(), rememberOffered);
        RecoveryViewModel recovery = new RecoveryViewModel(reset, context.tasks(), context.navigator(),
                context.messages(), mailGoesOut);
        screens.add(LOGIN, ScreenRegistry.Access.ANYONE, LoginView.class, () -> new LoginView(login, recovery, context.messages(),
                        () -> context.navigator().show(exits.newRegistration()),
                        () -> context.navigator().show(exits.settings()),
                        exits.staffSignIn().map(id -> () -> context.navigator().show(id))))
                .add(RESET_REQUEST, ScreenRegistry.Access.ANYONE, ResetRequestView.class,
                        () -> new ResetRequestView(recovery))
                .add(RESET_MAIL_SENT, ScreenRegistry.Access.ANYONE, MailSentView.class,
                        () -> new MailSentView(recovery, context.messages()))
                .add(RESET, ScreenRegistry.Access.ANYONE, ResetView.class,
                        () -> new ResetView(recovery, context.messages()))
                .add(RESET_DONE, ScreenRegistry.Access.ANYONE, ResetDoneView.class, () -> new ResetDoneView(recovery))
                .holds(login).holds(recovery);
    }

    /** Something to say on the login screen the next time it shows, such as why the session ended. */
    public void notice(String message) {
        login.notice(message);
    }
}
