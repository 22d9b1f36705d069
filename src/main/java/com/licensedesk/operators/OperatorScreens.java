package com.licensedesk.operators;

import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.util.function.Consumer;

/** スタッフログイン, 最初の管理者を作成, スタッフ管理 and the operator's own アカウント設定. */
public final class OperatorScreens {
    public static final ScreenId STAFF_SIGN_IN = new ScreenId("operators/signIn");
    public static final ScreenId FIRST_ADMIN = new ScreenId("operators/firstAdmin");
    public static final ScreenId OPERATORS = new ScreenId("operators/list");
    public static final ScreenId OWN_ACCOUNT = new ScreenId("operators/ownAccount");

    private final StaffSignInViewModel signIn;

    /** {@code signedIn} opens the desk for the operator; {@code back} is the customers' Start screen. */
    public OperatorScreens(ScreenRegistry screens, ScreenContext context, StaffSignInService staffSignIn,
                           OperatorService operators, OwnAccountService ownAccount, Consumer<StaffMember> signedIn,
                           ScreenId back) {
        signIn = new StaffSignInViewModel(staffSignIn, operators, context.tasks(), context.navigator(),
                context.messages(), context.clock(), signedIn, back);
        FirstAdminViewModel firstAdmin = new FirstAdminViewModel(operators, context.tasks(), context.navigator(),
                context.messages(), signedIn, back);
        screens.add(STAFF_SIGN_IN, ScreenRegistry.Access.ANYONE, StaffSignInView.class,
                        () -> new StaffSignInView(signIn, context.messages()))
                .add(FIRST_ADMIN, ScreenRegistry.Access.ANYONE, FirstAdminView.class,
                        () -> new FirstAdminView(firstAdmin, context.messages()))
                .holds(signIn).holds(firstAdmin);
        OperatorsViewModel list = new OperatorsViewModel(operators, context.session(), context.tasks(),
                context.dialogs(), context.messages());
        screens.add(OPERATORS, ScreenRegistry.Access.STAFF, OperatorsView.class,
                () -> new OperatorsView(list, context.messages(), context.clock())).holds(list);
        OwnAccountViewModel own = new OwnAccountViewModel(ownAccount, context.session(), context.tasks(),
                context.messages(), context.clock());
        screens.add(OWN_ACCOUNT, ScreenRegistry.Access.STAFF, OwnAccountView.class,
                () -> new OwnAccountView(own, context.messages())).holds(own);
    }

    /** Something to say on the staff sign-in the next time it shows. */
    public void notice(String message) {
        signIn.notice(message);
    }
}
