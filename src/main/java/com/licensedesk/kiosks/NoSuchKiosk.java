package com.licensedesk.kiosks;

/** No kiosk is enrolled here under that name. */
public final class NoSuchKiosk extends RuntimeException {
    public NoSuchKiosk(String name) {
        super("no kiosk named " + name, null, false, false);
    }
}
