package com.licensedesk.account;

import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.TemporaryPasswordService;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.time.Instant;
import java.util.function.Consumer;

/** ユーザ登録情報, its パスワードの変更 dialog and 2要素認証, for the open account. */
public final class AccountScreens {
    public static final ScreenId USER_INFO = new ScreenId("account/userInfo");
    public static final ScreenId CHANGE_PASSWORD = new ScreenId("account/changePassword");
    public static final ScreenId TWO_FACTOR = new ScreenId("account/twoFactor");

    private AccountScreens() {
    }

    /** {@code passwordChanged} hears when this window changed the password, so it does not sign itself out. */
    public static void register(ScreenRegistry screens, ScreenContext context, UserInfoService userInfoService,
                                PasswordChangeService passwordChange, TwoFactorService twoFactorService,
                                TemporaryPasswordService temporaryPasswords,
                                Consumer<Instant> passwordChanged) {
        UserInfoViewModel userInfo = new UserInfoViewModel(userInfoService, twoFactorService, temporaryPasswords,
                context.session(), context.tasks(), context.dialogs(), context.messages());
        TwoFactorViewModel twoFactor = new TwoFactorViewModel(twoFactorService, context.session(), context.tasks(),
                context.navigator(), context.dialogs(), context.messages(), context.clock(), USER_INFO);
        ChangePasswordViewModel changePassword = new ChangePasswordViewModel(passwordChange, context.session(),
                context.tasks(), context.messages(), context.clock(), changedAt -> {
                    passwordChanged.accept(changedAt);
                    userInfo.announce(context.messages().get("password.changed"));
                });
        screens.add(USER_INFO, ScreenRegistry.Access.ACCOUNT, UserInfoView.class,
                        () -> new UserInfoView(userInfo, context.messages(),
                                () -> context.navigator().openDialog(CHANGE_PASSWORD, "password.title"),
                                () -> context.navigator().show(TWO_FACTOR)))
                .add(CHANGE_PASSWORD, ScreenRegistry.Access.ACCOUNT, ChangePasswordView.class,
                        () -> new ChangePasswordView(changePassword, context.messages()))
                .add(TWO_FACTOR, ScreenRegistry.Access.ACCOUNT, TwoFactorView.class,
                        () -> new TwoFactorView(twoFactor))
                .holds(userInfo).holds(twoFactor).holds(changePassword);
    }
}
