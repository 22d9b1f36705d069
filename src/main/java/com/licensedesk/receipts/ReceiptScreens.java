package com.licensedesk.receipts;

import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;

/** The receipt after a registration at the desk. */
public final class ReceiptScreens {
    public static final ScreenId RECEIPT = new ScreenId("receipts/receipt");

    private final ReceiptViewModel viewModel;
    private final Navigator navigator;

    /** {@code nextRegistration} starts an empty wizard. */
    public ReceiptScreens(ScreenRegistry screens, ScreenContext context, Runnable nextRegistration) {
        this.navigator = context.navigator();
        viewModel = new ReceiptViewModel(context.tasks(), context.dialogs(), context.messages(), nextRegistration);
        screens.add(RECEIPT, ScreenRegistry.Access.STAFF, ReceiptView.class, () -> new ReceiptView(viewModel))
                .holds(viewModel);
    }

    /** Shows {@code receipt} on the receipt screen. */
    public void show(Receipt receipt) {
        viewModel.show(receipt);
        navigator.show(RECEIPT);
    }
}
