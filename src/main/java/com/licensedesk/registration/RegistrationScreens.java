package com.licensedesk.registration;

import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.licences.LegalTexts;
import com.licensedesk.licences.ProductCheckView;
import com.licensedesk.licences.ProductCheckViewModel;
import com.licensedesk.postal.PostalCodes;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.util.Optional;
import java.util.function.Consumer;

/** The first registration's screens: ユーザ登録 (Start), 製品情報を確認 and the five-section form. */
public final class RegistrationScreens {
    public static final ScreenId START = new ScreenId("registration/start");
    public static final ScreenId PRODUCT_CHECK = new ScreenId("registration/productCheck");
    public static final ScreenId FORM = new ScreenId("registration/form");

    /** Where the Start screen leads outside this feature. */
    public record Exits(Consumer<String> existingCustomer, Runnable switchLanguage, Runnable openSettings,
                        Optional<Runnable> staffSignIn, Consumer<RegistrationService.Registered> registered) {
    }

    private RegistrationScreens() {
    }

    /** {@code atDesk} is what an operator's registration adds: the same-company check. */
    public static void register(ScreenRegistry screens, ScreenContext context, KeyAvailability keys,
                                RegistrationService service, LegalTexts legal, int warningDays,
                                Optional<RegistrationFormViewModel.AtDesk> atDesk, PostalCodes postalCodes,
                                Exits exits) {
        RegistrationWizard wizard = new RegistrationWizard(context.navigator());
        StartViewModel start = new StartViewModel(wizard, keys, context.session(), context.tasks(),
                context.messages(), exits.existingCustomer());
        ProductCheckViewModel check = new ProductCheckViewModel(new ProductCheckStep(wizard), legal,
                context.dialogs(), context.messages(), context.clock(), context.session(), warningDays);
        RegistrationFormViewModel form = new RegistrationFormViewModel(wizard, service, context.session(),
                context.tasks(),
                context.messages(), context.dialogs(), exits.registered(), atDesk, postalCodes);
        screens.add(START, ScreenRegistry.Access.ANYONE, StartView.class,
                        () -> new StartView(start, exits.switchLanguage(), exits.openSettings(),
                                exits.staffSignIn()))
                .add(PRODUCT_CHECK, ScreenRegistry.Access.ANYONE, ProductCheckView.class,
                        () -> new ProductCheckView(check, context.messages()))
                .add(FORM, ScreenRegistry.Access.ANYONE, RegistrationFormView.class,
                        () -> new RegistrationFormView(form, context.messages(), context.clock()))
                .holds(wizard).holds(start).holds(check).holds(form);
    }
}
