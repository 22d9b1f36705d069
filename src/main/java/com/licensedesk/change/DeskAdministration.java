package com.licensedesk.change;

import com.licensedesk.session.Permission;

/** The desk's own administration (staff, the catalogue, the audit log, restores): an admin's, never journalled. */
public interface DeskAdministration extends NotJournalled {
    @Override
    default Permission permission() {
        return Permission.MANAGE_DESK;
    }
}
