package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.SYNC_IDENTITY;

import com.licensedesk.change.Place;
import java.util.Optional;

/** This database's place, from its identity: a kiosk once it has joined a home (sync_identity names one). */
public final class JooqPlace implements Place {
    private final Database database;

    public JooqPlace(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> enrolledKiosk() {
        return database.dsl().select(SYNC_IDENTITY.PLACE_NAME).from(SYNC_IDENTITY)
                .where(SYNC_IDENTITY.HOME_NAME.isNotNull())
                .fetchOptional(SYNC_IDENTITY.PLACE_NAME);
    }
}
