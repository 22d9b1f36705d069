package com.licensedesk.sync;

import com.licensedesk.kiosks.KioskService;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.nio.file.Path;
import java.util.Optional;

/** 同期 at home. */
public final class SyncScreens {
    public static final ScreenId SYNC = new ScreenId("sync/import");
    public static final ScreenId REVIEW = new ScreenId("sync/review");

    private SyncScreens() {
    }

    /** {@code syncFolder}: the desk's sync folder, when it has one. */
    public static void register(ScreenRegistry screens, ScreenContext context, SyncImport imports,
                                SyncReplies replies, KioskService kiosks, Optional<Path> syncFolder,
                                SyncReview review) {
        SyncViewModel sync = new SyncViewModel(imports, replies, kiosks, syncFolder, context.session(),
                context.tasks(), context.dialogs(), context.messages());
        screens.add(SYNC, ScreenRegistry.Access.STAFF, SyncView.class, () -> new SyncView(sync)).holds(sync);
        SyncReviewViewModel reviewing = new SyncReviewViewModel(review, context.session(), context.tasks(),
                context.dialogs(), context.messages());
        screens.add(REVIEW, ScreenRegistry.Access.STAFF, SyncReviewView.class, () -> new SyncReviewView(reviewing,
                context.messages()))
                .holds(reviewing);
    }
}
