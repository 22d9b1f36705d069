package com.licensedesk.expiry;

import java.time.LocalDate;

/** How many registered licences of one product end on one day. */
public record ExpiryCount(LocalDate expires, String product, int licences) {
}
