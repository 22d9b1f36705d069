package com.licensedesk.postal;

/**
 * Where a postal code is: its prefecture, and the city and town where the code names one (either may be empty: a
 * code for a whole city has no town, a code spanning several cities has neither).
 */
public record PostalAddress(String prefecture, String city, String town) {
    /** The start of 会社住所1: city and town, as a person would write them (千代田区千代田). */
    public String addressStart() {
        return city + town;
    }
}
