package com.licensedesk.kiosks;

import com.licensedesk.change.DeskAdministration;

/**
 * The kiosks' own administration as commands: enrolling and revoking at home, joining at the kiosk. None is
 * journalled: keys and kiosks are not customers' data. Public keys only; no command carries a private key.
 */
public final class KioskCommands {
    private KioskCommands() {
    }

    public record EnrolKiosk(String name, String signingPublic, String encryptingPublic) implements DeskAdministration {
    }

    public record RevokeKiosk(String name, String reason) implements DeskAdministration {
    }

    /** At the kiosk: the enrolment file was opened and its keys kept. */
    public record JoinHome(String kioskName, String homeName, String signingPublic, String encryptingPublic)
            implements DeskAdministration {
    }
}
