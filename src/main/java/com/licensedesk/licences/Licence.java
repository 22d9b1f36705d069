package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import java.time.Instant;

/** A catalogue key registered to an account. */
public record Licence(long id, CatalogEntry entry, Instant registeredAt) {
}
