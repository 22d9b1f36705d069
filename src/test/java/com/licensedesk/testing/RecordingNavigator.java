package com.licensedesk.testing;

import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.ScreenId;
import java.util.ArrayList;
import java.util.List;

/** Remembers where a view model sent the window, in order. */
public final class RecordingNavigator implements Navigator {
    public final List<ScreenId> shown = new ArrayList<>();

    @Override
    public void show(ScreenId screen) {
        shown.add(screen);
    }

    @Override
    public void openDialog(ScreenId screen, String titleKey) {
        shown.add(screen);
    }

    public ScreenId last() {
        return shown.get(shown.size() - 1);
    }
}
