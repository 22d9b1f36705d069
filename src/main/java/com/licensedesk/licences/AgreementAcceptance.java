package com.licensedesk.licences;

import java.time.Instant;

/** Which version of the licence agreement (使用許諾契約書) was accepted, and when. */
public record AgreementAcceptance(String version, Instant acceptedAt) {
}
