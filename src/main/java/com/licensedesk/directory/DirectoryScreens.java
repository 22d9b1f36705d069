package com.licensedesk.directory;

import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.util.function.Consumer;

/** 顧客一覧, the operator's home. */
public final class DirectoryScreens {
    public static final ScreenId DIRECTORY = new ScreenId("directory");

    private DirectoryScreens() {
    }

    /**
     * {@code open} acts for the chosen customer; {@code newRegistration} starts the wizard at the desk;
     * {@code warningDays} as on 製品/サービス, for the next expiry shown near.
     */
    public static void register(ScreenRegistry screens, ScreenContext context, Directory directory, int warningDays,
                                Consumer<DirectoryViewModel.Row> open, Runnable newRegistration) {
        DirectoryViewModel viewModel = new DirectoryViewModel(directory, context.session(), context.tasks(),
                context.dialogs(), context.messages(), context.clock(), warningDays, open, newRegistration);
        screens.add(DIRECTORY, ScreenRegistry.Access.STAFF, DirectoryView.class,
                () -> new DirectoryView(viewModel, context.messages())).holds(viewModel);
    }
}
